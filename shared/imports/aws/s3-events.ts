/**
 * S3's notification of an object created, as it reaches the files queue (the bucket's notification
 * configuration sends it there), and as the local stack's and the rehearsal's twins of S3 send it.
 */
import type { S3Event } from 'aws-lambda';

export type S3Notification = Pick<S3Event, 'Records'>;

/** The files an S3 notification announces; undefined when the message is not one (S3's test event is none). */
export function uploadsOf(body: unknown): { bucket: string; key: string; bytes: number }[] | undefined {
  const records = (body as Partial<S3Notification> | undefined)?.Records;
  if (!Array.isArray(records)) return undefined;
  return records
    .filter((record) => record.eventSource === 'aws:s3' && record.eventName?.startsWith('ObjectCreated:'))
    .map((record) => ({
      bucket: record.s3.bucket.name,
      // S3 writes keys URL-encoded, a space as `+`.
      key: decodeURIComponent(record.s3.object.key.replace(/\+/g, ' ')),
      bytes: record.s3.object.size,
    }));
}

/** What S3 sends when an object is created (the fields the files function reads, and the usual others). */
export function s3Notification(
  file: { bucket: string; key: string; bytes: number },
  at: Date,
): S3Notification {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'local',
        eventTime: at.toISOString(),
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'local' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': 'local', 'x-amz-id-2': 'local' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'imports',
          bucket: {
            name: file.bucket,
            ownerIdentity: { principalId: 'local' },
            arn: `arn:aws:s3:::${file.bucket}`,
          },
          object: {
            key: encodeURIComponent(file.key).replace(/%2F/g, '/').replace(/%20/g, '+'),
            size: file.bytes,
            eTag: 'local',
            sequencer: at.getTime().toString(16),
          },
        },
      },
    ],
  };
}
