// A free TCP port on the loopback interface. Imports nothing of scripts/lib,
// so Playwright specs can load it too.
import net from 'node:net';

/** `preferred` when it is free, else any free port. */
export function freePort(preferred = 0): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : port));
      });
    });
  return preferred === 0 ? tryListen(0) : tryListen(preferred).catch(() => tryListen(0));
}
