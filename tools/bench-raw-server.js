// The practical limit for bench:api: the same two statements our API runs for the page (the
// organisations and, batched, their owners), answered by fastify with a bare pg pool.
const Fastify = require('fastify');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const REGIONS = new Map();
const app = Fastify({ logger: false });

app.get('/health', async () => ({ ok: true }));
app.get('/organisations', async () => {
  if (!REGIONS.size) for (const r of (await pool.query('SELECT code, name FROM region')).rows) REGIONS.set(r.code, r);
  const { rows } = await pool.query(
    `SELECT o.id, o.name, o.slug, o.kind, o.legal_form, o.siret, o.esus_approved, o.is_social_economy, o.themes,
       o.region_code, o.department_code, o.website, o.description, o.headcount, o.created_at, (o.name_key)::text AS sort_key
     FROM organisation o WHERE o.deleted_at IS NULL AND TRUE ORDER BY o.name_key ASC, o.id ASC LIMIT $1`,
    [21],
  );
  const page = rows.slice(0, 20);
  const owners = await pool.query(
    `SELECT m.organisation_id, a.id, a.display_name FROM organisation_member m JOIN account a ON a.id = m.account_id AND a.deleted_at IS NULL
     WHERE m.role = 'OWNER' AND m.status = 'ACTIVE' AND m.organisation_id = ANY($1) ORDER BY m.created_at`,
    [page.map((r) => r.id)],
  );
  const byOrg = new Map();
  for (const o of owners.rows)
    byOrg.set(o.organisation_id, [...(byOrg.get(o.organisation_id) ?? []), { id: o.id, displayName: o.display_name }]);
  return {
    data: {
      organisations: {
        edges: page.map((r) => ({
          node: { id: r.id, name: r.name, slug: r.slug, kind: r.kind, region: REGIONS.get(r.region_code), owners: byOrg.get(r.id) ?? [] },
        })),
      },
    },
  };
});

app.listen({ port: Number(process.env.PORT ?? 3402), host: '127.0.0.1' });
