/**
 * File-level failures: the document cannot be ingested at all. Each is a
 * typed error with a stable `code`, mapped by the CLI to one line and exit 1
 * (pdf.js's PasswordException / InvalidPDFException are the model).
 * Recoverable trouble is a warning instead (src/model/warnings.ts).
 */
export type IngestErrorCode =
  | 'EMPTY_INPUT'
  | 'UNREADABLE_INPUT'
  | 'UNSUPPORTED_FORMAT'
  | 'BINARY_INPUT'
  | 'CORRUPT_DOCUMENT'
  | 'ENCRYPTED_DOCUMENT'
  | 'NO_TEXT_LAYER'
  | 'OCR_UNAVAILABLE'
  | 'TOO_LARGE'
  | 'TIMEOUT'
  | 'INTERNAL';

export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class EmptyInputError extends IngestError {
  override name = 'EmptyInputError';
  constructor(message = 'the file is empty') {
    super('EMPTY_INPUT', message);
  }
}

export class UnsupportedFormatError extends IngestError {
  override name = 'UnsupportedFormatError';
  constructor(message: string) {
    super('UNSUPPORTED_FORMAT', message);
  }
}

export class BinaryInputError extends IngestError {
  override name = 'BinaryInputError';
  constructor(message = 'the file is binary, not a PDF, DOCX or text document') {
    super('BINARY_INPUT', message);
  }
}

export class CorruptDocumentError extends IngestError {
  override name = 'CorruptDocumentError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('CORRUPT_DOCUMENT', message, options);
  }
}

export class EncryptedDocumentError extends IngestError {
  override name = 'EncryptedDocumentError';
  constructor(message: string) {
    super('ENCRYPTED_DOCUMENT', message);
  }
}

export class NoTextLayerError extends IngestError {
  override name = 'NoTextLayerError';
  constructor(message = 'the PDF has no text layer (a scan?); run OCR on it first, e.g. `ocrmypdf -l rus in.pdf out.pdf`') {
    super('NO_TEXT_LAYER', message);
  }
}

/** A scan needs OCR and Tesseract, or its model for the language asked for, is not installed. */
export class OcrUnavailableError extends IngestError {
  override name = 'OcrUnavailableError';
  constructor(message: string) {
    super('OCR_UNAVAILABLE', message);
  }
}

export class InputTooLargeError extends IngestError {
  override name = 'InputTooLargeError';
  constructor(message: string) {
    super('TOO_LARGE', message);
  }
}

/** The schema rejected our own output: a bug in roadmap-ingest, not in the input. */
export class InvalidOutputError extends IngestError {
  override name = 'InvalidOutputError';
  constructor(message: string) {
    super('INTERNAL', message);
  }
}
