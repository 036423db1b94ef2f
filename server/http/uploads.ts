/**
 * Reads the articles of an ingest request, multipart (`files`) or JSON
 * (`{ articles: [{ file, text }] }`), into uploads, enforcing the size and
 * count caps while reading so that an oversized body is never held whole.
 */
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import multer, { MulterError } from 'multer';
import { errors } from '../../core/errors.js';
import { LIMITS } from '../../core/ontology.js';
import type { IngestUpload } from '../context.js';
import { validate } from './validate.js';
import { FileName, IngestBody, MAX_INGEST_FILES } from '../../core/requests.js';
import { z } from '../../core/zod.js';

export const MultipartIngestBody = z
  .object({
    files: z.array(z.string().openapi({ type: 'string', format: 'binary' })).openapi({
      description: `1–${MAX_INGEST_FILES} article files (text, HTML or Markdown), each at most ${LIMITS.maxArticleBytes} bytes.`,
    }),
  })
  .openapi('IngestUpload');

const tooMany = () => errors.tooLarge(`At most ${MAX_INGEST_FILES} articles per request.`);

/** Multer 2 names the client's file on its errors; its type declarations do not know yet. */
type UploadError = MulterError & { filename?: string };

const MULTIPART_MESSAGES: Partial<Record<MulterError['code'], (e: UploadError) => Error>> = {
  LIMIT_FILE_SIZE: (e) =>
    errors.tooLarge(
      `"${e.filename ?? e.field}" is larger than ${LIMITS.maxArticleBytes} bytes, the limit per article.`,
    ),
  LIMIT_FILE_COUNT: () => tooMany(),
  LIMIT_PART_COUNT: () => tooMany(),
  LIMIT_UNEXPECTED_FILE: (e) =>
    errors.validation(`Send the articles in the multipart field "files", not "${e.field}".`),
};

function multipartError(error: unknown): Error {
  if (error instanceof MulterError) {
    return (
      MULTIPART_MESSAGES[error.code]?.(error) ??
      errors.badInput('The upload was refused: the multipart body has more parts, fields or bytes than allowed.')
    );
  }
  return errors.badInput('The multipart body could not be read (it is cut short or malformed).');
}

const encoder = new TextEncoder();

/** Sets `res.locals.uploads` from the request body, or fails with 400 / 413. */
export function readUploads(): RequestHandler {
  const multipart = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: { fileSize: LIMITS.maxArticleBytes, files: MAX_INGEST_FILES, fields: 0, parts: MAX_INGEST_FILES },
  }).array('files');
  // Room for every article at its limit, plus JSON's quoting.
  const json = express.json({ limit: MAX_INGEST_FILES * LIMITS.maxArticleBytes * 1.2 });
  const validBody = validate('body', IngestBody);

  return (req, res, next) => {
    if (req.is('multipart/form-data')) {
      multipart(req, res, (error?: unknown) => {
        if (error) return next(multipartError(error));
        const files = (req.files ?? []) as Express.Multer.File[];
        if (files.length === 0) return next(errors.validation('files: send at least one file in the field "files".'));
        const uploads = files.map((f): IngestUpload => ({
          file: path.basename(f.originalname.replace(/\\/g, '/')),
          bytes: new Uint8Array(f.buffer),
        }));
        const unnamed = uploads.find((u) => !FileName.safeParse(u.file).success);
        if (unnamed)
          return next(errors.validation(`files: ${JSON.stringify(unnamed.file)} is not a usable file name.`));
        res.locals.uploads = uploads;
        next();
      });
      return;
    }
    if (req.is('application/json')) {
      json(req, res, (error?: unknown) => {
        if (error) return next(error);
        validBody(req, res, (invalid?: unknown) => {
          if (invalid) return next(invalid);
          const { articles } = res.locals.body as z.infer<typeof IngestBody>;
          if (articles.length > MAX_INGEST_FILES) return next(tooMany());
          const uploads = articles.map((a): IngestUpload => ({ file: a.file, bytes: encoder.encode(a.text) }));
          const oversized = uploads.find((u) => u.bytes.byteLength > LIMITS.maxArticleBytes);
          if (oversized) {
            return next(
              errors.tooLarge(
                `"${oversized.file}" is larger than ${LIMITS.maxArticleBytes} bytes, the limit per article.`,
              ),
            );
          }
          res.locals.uploads = uploads;
          next();
        });
      });
      return;
    }
    next(
      errors.unsupportedMediaType(
        'Send the articles as multipart/form-data (field "files") or as JSON { "articles": [{ "file", "text" }] }.',
      ),
    );
  };
}
