import { hash, argon2id } from 'argon2';
import { MOUVES_AQUITAINE_CAHIER, PRIVACY_VERSION, TERMS_VERSION, Theme, parseCahier } from '@mouvement/shared-domain';
import { Client } from 'pg';
import { DEMO_GROUPS, DEMO_ORGANISATIONS, DEMO_PASSWORD, demoPeople } from './demo-data';
import { FICTIONAL_PRACTICES, TESTIMONIAL_PRACTICES, type DemoPractice } from './demo-practices';

export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

/**
 * Loads the demo movement in one transaction. Idempotent: people are keyed by email and
 * organisations by slug; what exists is left as it is, so a second run changes nothing.
 */
export async function seedDemo(databaseUrl: string): Promise<{ accounts: DemoAccount[]; created: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let created = 0;
  try {
    await client.query('BEGIN');
    const passwordHash = await hash(DEMO_PASSWORD, { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    for (const p of demoPeople()) {
      const res = await client.query(
        `INSERT INTO account (email, password_hash, display_name, kind, role, region_code, department_code, bio, skills, themes, public_fields,
           email_verified_at, terms_version, privacy_version, terms_accepted_at, age_confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), $12, $13, now(), now())
         ON CONFLICT ((lower(email))) DO NOTHING`,
        [
          p.email,
          passwordHash,
          p.name,
          p.kind,
          p.admin ? 'ADMIN' : 'MEMBER',
          p.region,
          p.department,
          p.bio ?? null,
          p.skills ?? [],
          p.themes ?? [],
          p.publicFields ?? [],
          TERMS_VERSION,
          PRIVACY_VERSION,
        ],
      );
      created += res.rowCount ?? 0;
    }
    for (const o of DEMO_ORGANISATIONS) {
      const res = await client.query(
        `INSERT INTO organisation (slug, name, kind, legal_form, esus_approved, themes, region_code, department_code, description, headcount, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, (SELECT id FROM account WHERE email = $11))
         ON CONFLICT (slug) DO NOTHING
         RETURNING id`,
        [
          o.slug,
          o.name,
          o.kind,
          o.legalForm ?? null,
          o.esus ?? false,
          o.themes,
          o.region,
          o.department,
          o.description,
          o.headcount ?? null,
          o.owner ?? null,
        ],
      );
      created += res.rowCount ?? 0;
      const id = (res.rows[0] as { id: string } | undefined)?.id;
      if (!id) continue; // already there: leave it as its people made it
      const people = [...(o.owner ? [[o.owner, 'OWNER']] : []), ...(o.members ?? []).map((m) => [m, 'MEMBER'])];
      for (const [email, role] of people) {
        await client.query(
          `INSERT INTO organisation_member (organisation_id, account_id, role, status, decided_at)
           SELECT $1, id, $3, 'ACTIVE', now() FROM account WHERE email = $2
           ON CONFLICT (organisation_id, account_id) DO NOTHING`,
          [id, email, role],
        );
      }
    }
    for (const g of DEMO_GROUPS) {
      const res = await client.query(
        `INSERT INTO movement_group (slug, name, kind, parent_id, region_code, department_code, themes, description, charter, join_questions, visibility, join_policy, created_by_id)
         VALUES ($1, $2, $3, (SELECT id FROM movement_group WHERE slug = $4), $5, $6, $7, $8, $9, $10, $11, $12, (SELECT id FROM account WHERE email = $13))
         ON CONFLICT (slug) DO NOTHING
         RETURNING id`,
        [
          g.slug,
          g.name,
          g.kind,
          g.parent ?? null,
          g.region ?? null,
          g.department ?? null,
          g.themes,
          g.description,
          g.charter ?? null,
          g.joinQuestions ?? [],
          g.visibility,
          g.joinPolicy,
          g.coordinators[0],
        ],
      );
      created += res.rowCount ?? 0;
      const id = (res.rows[0] as { id: string } | undefined)?.id;
      if (!id) continue;
      const people = [
        ...g.coordinators.map((e) => [e, 'COORDINATOR', 'ACTIVE']),
        ...g.members.map((e) => [e, 'MEMBER', 'ACTIVE']),
        ...(g.pending ?? []).map((e) => [e, 'MEMBER', 'PENDING']),
      ];
      // Memberships spread over the last months, so that the dashboards show old and new members.
      for (const [index, [email, role, status]] of people.entries()) {
        await client.query(
          `INSERT INTO group_member (group_id, account_id, role, status, message, decided_at, created_at)
           SELECT $1, id, $3, $4, CASE WHEN $4 = 'PENDING' THEN 'Je voudrais rejoindre le collectif.' END,
             CASE WHEN $4 = 'ACTIVE' THEN now() - make_interval(days => $5) END, now() - make_interval(days => $5)
           FROM account WHERE email = $2
           ON CONFLICT (group_id, account_id) DO NOTHING`,
          [id, email, role, status, status === 'PENDING' ? 2 : Math.max(0, 180 - index * 25)],
        );
      }
      for (const event of g.events ?? []) {
        const inserted = await client.query(
          `INSERT INTO group_event (group_id, title, description, starts_at, ends_at, place, capacity, created_by_id)
           SELECT $1, $2, $3, date_trunc('day', now()) + make_interval(days => $4, hours => 17), date_trunc('day', now()) + make_interval(days => $4, hours => 17 + $5), $6, $7, id
           FROM account WHERE email = $8 RETURNING id`,
          [id, event.title, event.description ?? null, event.inDays, event.hours, event.place, event.capacity ?? null, g.coordinators[0]],
        );
        const eventId = (inserted.rows[0] as { id: string } | undefined)?.id;
        for (const [answer, emails] of Object.entries(event.answers ?? {})) {
          await client.query(
            `INSERT INTO event_rsvp (event_id, account_id, answer) SELECT $1, id, $2 FROM account WHERE email = ANY($3) ON CONFLICT DO NOTHING`,
            [eventId, answer, emails],
          );
        }
      }
      // Posts spread over the last weeks, so that the dashboards' activity chart has a shape.
      const posts = g.posts ?? [];
      for (const [index, post] of posts.entries()) {
        const minutesAgo = (post.daysAgo ?? (posts.length - index) * 9) * 24 * 60 + 120;
        const inserted = await client.query(
          `INSERT INTO group_post (group_id, author_id, body, announcement, pinned, created_at)
           SELECT $1, id, $3, $4, $4, now() - make_interval(mins => $5) FROM account WHERE email = $2 RETURNING id`,
          [id, post.author, post.body, post.announcement ?? false, minutesAgo],
        );
        const postId = (inserted.rows[0] as { id: string } | undefined)?.id;
        for (const reply of post.replies ?? []) {
          await client.query(
            `INSERT INTO group_post (group_id, author_id, parent_id, body, created_at) SELECT $1, id, $3, $4, now() - make_interval(mins => $5) FROM account WHERE email = $2`,
            [id, reply.author, postId, reply.body, minutesAgo - 30],
          );
        }
      }
    }
    // Practices: the founding document's sheet read by the importer, its testimonials, fictional ones.
    const mouves = parseCahier(MOUVES_AQUITAINE_CAHIER);
    const practices: DemoPractice[] = [
      {
        slug: 'mouves-aquitaine-faire-mouvement',
        title: mouves.title,
        summary:
          'Le collectif aquitain du MOUVES veut « faire Mouvement » : multiplier les coopérations entre économie sociale, économie solidaire et entrepreneuriat social, et construire des alliances avec la société civile, les acteurs économiques et les acteurs politiques.',
        themes: [Theme.EMPLOYMENT, Theme.ENERGY, Theme.ENVIRONMENT, Theme.PERSONAL_SERVICES],
        region: '75',
        group: 'collectif-nouvelle-aquitaine',
        authors: ['entrepreneur1@mouvement.demo'],
        sections: mouves.sections,
        publishedDaysAgo: 45,
      },
      ...TESTIMONIAL_PRACTICES,
      ...FICTIONAL_PRACTICES,
    ];
    for (const p of practices) {
      const res = await client.query(
        `INSERT INTO practice (slug, title, summary, themes, region_code, department_code, organisation_id, organisation_name, group_id,
           sections, status, published_at, created_at, updated_at, created_by_id, updated_by_id)
         SELECT $1, $2, $3, $4, $5, $6, o.id, o.name, (SELECT id FROM movement_group WHERE slug = $8), $9, 'PUBLISHED',
           now() - make_interval(days => $10), now() - make_interval(days => $10), now() - make_interval(days => $10), a.id, a.id
         FROM account a LEFT JOIN organisation o ON o.slug = $7 WHERE a.email = $11
         ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [
          p.slug,
          p.title,
          p.summary,
          p.themes,
          p.region,
          p.department ?? null,
          p.organisation ?? null,
          p.group ?? null,
          JSON.stringify(p.sections),
          p.publishedDaysAgo,
          p.authors[0],
        ],
      );
      const id = (res.rows[0] as { id: string } | undefined)?.id;
      if (!id) continue;
      created += 1;
      await client.query(
        `INSERT INTO practice_author (practice_id, account_id, created_at) SELECT $1, id, now() - make_interval(days => $3)
         FROM account WHERE email = ANY($2) ON CONFLICT DO NOTHING`,
        [id, p.authors, p.publishedDaysAgo],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
  return {
    created,
    accounts: [
      { role: 'admin', email: 'admin@mouvement.demo', password: DEMO_PASSWORD },
      { role: 'entrepreneur', email: 'entrepreneur1@mouvement.demo', password: DEMO_PASSWORD },
      { role: 'partner', email: 'partenaire1@mouvement.demo', password: DEMO_PASSWORD },
      { role: 'youth', email: 'jeune1@mouvement.demo', password: DEMO_PASSWORD },
      { role: 'supporter', email: 'sympathisant1@mouvement.demo', password: DEMO_PASSWORD },
    ],
  };
}
