/** What customers may attach (C2, C3): documents and pictures, checked by their content. */
export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function isAllowedAttachmentType(mediaType: string | undefined): mediaType is AttachmentMediaType {
  return (ATTACHMENT_MEDIA_TYPES as readonly string[]).includes(mediaType ?? '');
}

/** A file as stored, ready to be linked to a case. */
export interface StoredFile {
  fileName: string;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}
