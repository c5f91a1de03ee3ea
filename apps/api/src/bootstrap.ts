import './register-paths';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, PinoNestLogger, requestLogger, type AppConfig } from '@mouvement/api-core';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';

/** Builds the whole application (not yet listening): middleware, GraphQL, the built web app. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { initialiseDatabase?: boolean } = {},
): Promise<INestApplication> {
  const logger = createLogger(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, options), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  app.use(requestLogger(logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // GraphQL answers are not cached by HTTP; hashing each one for an ETag is wasted work.
  app.set('etag', false);
  app.use(
    helmet({
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
    }),
  );
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    credentials: true,
  });
  app.use(cookieParser());
  app.use('/graphql', express.json({ limit: '200kb' }));
  app.enableShutdownHooks();
  if (config.webDist && existsSync(join(config.webDist, 'index.html'))) serveWeb(app, config.webDist);
  return app;
}

/** The built web app on the same port: hashed assets cached for a year, every other GET gets index.html. */
function serveWeb(app: NestExpressApplication, dir: string) {
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  const index = join(dir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health') || req.path.startsWith('/auth/')) {
      return next();
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
