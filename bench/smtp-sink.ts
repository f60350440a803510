import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

const TRACKING_NUMBER = /(?<![0-9A-Z])[A-Z]{2,6}-[0-9A-Z]{4}-[0-9A-Z]{4}(?![0-9A-Z])/;

/**
 * A real SMTP server on loopback that notes when each message arrived, by the tracking number in
 * its headers (the subject names it); it parses nothing else, so it costs the bench little.
 */
export async function startArrivalSink() {
  const arrivals = new Map<string, number>();
  let messages = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 200,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 4_000) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        messages += 1;
        const headers = head.split('\r\n\r\n')[0] ?? '';
        const number = TRACKING_NUMBER.exec(headers)?.[0];
        if (number && !arrivals.has(number)) arrivals.set(number, Date.now());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrivals,
    messages: () => messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
