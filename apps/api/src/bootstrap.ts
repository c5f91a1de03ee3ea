import './register-paths';
import fastifyHelmet from '@fastify/helmet';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LogController, type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { FILE_LIMITS, pickLocale, type Labels } from '@mouvement/shared-domain';
import { createLogger, PinoNestLogger, redactUrl, registerQueryLengthLimit, type AppConfig } from '@mouvement/api-core';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule, type AppOptions } from './app.module';

const FRAMEWORK_ERRORS: Record<string, { status: number; reason: string; message: Labels }> = {
  FST_ERR_BAD_URL: {
    status: 400,
    reason: 'BAD_URL',
    message: { fr: 'Cette adresse est mal formée.', en: 'This address is malformed.' },
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    reason: 'URL_TOO_LONG',
    message: { fr: 'Cette adresse est trop longue.', en: 'This address is too long.' },
  },
  DEFAULT: {
    status: 400,
    reason: 'BAD_REQUEST',
    message: { fr: 'Cette requête est mal formée.', en: 'This request is malformed.' },
  },
};

/** Builds the whole application (not yet listening): HTTP hardening, GraphQL, the built web app. */
export async function createApp(config: AppConfig, databaseUrl: string, options: AppOptions = {}): Promise<INestApplication> {
  const logger = createLogger(config, options.logDestination);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // One line per request is written below, without the health probes.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    bodyLimit: 200 * 1024,
    requestIdHeader: false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
    },
    // An address Fastify cannot route (bad percent-encoding, an overlong segment) gets the API's
    // own error body, in the reader's language, without echoing the address.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const locale = pickLocale(String(request.headers['accept-language'] ?? ''));
      const problem = FRAMEWORK_ERRORS[error.code] ?? FRAMEWORK_ERRORS['DEFAULT'];
      void reply
        .status(problem.status)
        .type('application/json; charset=utf-8')
        .send({ code: 'BAD_USER_INPUT', reason: problem.reason, message: problem.message[locale] });
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl, options), adapter, {
    logger: new PinoNestLogger(logger),
  });
  const fastify = app.getHttpAdapter().getInstance();
  // Uploads arrive as raw bytes (one file per request), with their own, larger limit.
  fastify.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: FILE_LIMITS.maxBytes }, (_req, body, done) =>
    done(null, body),
  );
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  registerQueryLengthLimit(fastify, '/graphql', config.graphqlLimits.characters, config.nodeEnv !== 'production');
  fastify.addHook('onResponse', async (request, reply) => {
    if (!request.url.startsWith('/health')) {
      request.log.info(
        // Links carry secrets (calendar feeds, invitations, email verification): never logged as such.
        { method: request.method, url: redactUrl(request.url), statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) },
        'request',
      );
    }
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables in a style element.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.nodeEnv === 'production' ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.nodeEnv === 'production',
  });
  app.enableCors({ origin: config.corsOrigins.length ? config.corsOrigins : false, credentials: true });
  app.enableShutdownHooks();
  if (config.webDist && existsSync(join(config.webDist, 'index.html'))) await serveWeb(app, config.webDist);
  return app;
}

/** The built web app on the same port: hashed assets cached for a year, other GETs get index.html. */
async function serveWeb(app: NestFastifyApplication, dir: string) {
  // Loaded here: its ES-module dependencies need not reach the test runner, which serves no web app.
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders: (reply, path) => {
      void reply.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
    },
  });
  const index = readFileSync(join(dir, 'index.html'));
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', async (_request, reply) => {
      return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(index);
    });
}
