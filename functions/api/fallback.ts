import { AppError } from '../../shared/errors';
import { openHandler } from '../../shared/http/pipeline';
import { findRoute } from './routes';

export const handler = openHandler(async (event) => {
  const method = event.requestContext.http.method;
  const match = findRoute(method, event.rawPath);
  if (match.kind === 'wrong-method') {
    throw new AppError('method-not-allowed', `${method} is not allowed on ${event.rawPath}.`, {
      headers: { allow: match.allowed.join(', ') },
    });
  }
  throw new AppError('route-not-found', `No route ${method} ${event.rawPath}.`);
});
