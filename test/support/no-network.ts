// Fails any connection that leaves this machine: tests speak only to loopback servers.
import net from 'node:net';

const original = net.Socket.prototype.connect;
const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const options = (typeof first === 'object' && first !== null ? first : { port: first, host: args[1] }) as {
    host?: string;
    path?: string;
  };
  if (
    !options.path &&
    options.host !== undefined &&
    typeof options.host === 'string' &&
    !loopback.test(options.host)
  ) {
    throw new Error(`test tried to reach ${options.host}: tests may only connect to loopback servers`);
  }
  // biome-ignore lint/suspicious/noExplicitAny: forwarding Node's overloaded signature unchanged
  return (original as any).apply(this, args);
} as typeof net.Socket.prototype.connect;
