/**
 * What `npm start` and `npm run rehearse -- --hold` print once they run: the same shape for both, so
 * whatever a person or a test reads from one it reads from the other.
 */
export interface BannerFacts {
  /** What runs: the local stack, or the rehearsal of what ships. */
  title: string;
  url: string;
  dynamo: { endpoint: string; note: string };
  demo: { accountId: string; apiKey: string; created: boolean };
  /** Who may sign in to the console at once (the user pool's twin). */
  people: { owner: Person; operator: Person & { totpSecret: string } };
  /** How the operators' command line reaches it (`npm run admin -- …`, with a state file when not the default). */
  admin: string;
}

interface Person {
  email: string;
  password: string;
}

export function banner(facts: BannerFacts): string {
  const { url, demo } = facts;
  const example = `curl -s ${url}/v1/sender/create -H 'content-type: application/json' \\
    -d '{"apiKey":"${demo.apiKey}","name":"MySender","description":"My custom sender ID for marketing campaigns"}'`;
  return `
SMS platform, ${facts.title}

  Console    ${url}/   (sign in with the API key below)
  Sign-in    ${facts.people.owner.email} / ${facts.people.owner.password}   (owner of the account below: docs/people.md)
  API        ${url}   (health: ${url}/health)
  Reference  ${url}/docs   (OpenAPI: ${url}/v1/openapi.json)
  DynamoDB   ${facts.dynamo.endpoint}   (${facts.dynamo.note})
  Account    ${demo.accountId}${demo.created ? '' : ' (existing)'}
  API key    ${demo.apiKey}${process.env.DEMO_API_KEY ? '   (from DEMO_API_KEY)' : '   (new: set DEMO_API_KEY to choose it)'}

Try it:
  ${example}

Operators:  ${url}/operateurs   (the back office, in French; its routes ${url}/v1/operator/…: docs/operators.md)
            ${facts.people.operator.email} / ${facts.people.operator.password}, TOTP secret ${facts.people.operator.totpSecret} (code: npm run totp)
            ${facts.admin} sender list --status PENDING   (the same, from a terminal)
E-mails:    ${url}/_local/emails   (invitations and password resets the user pool sent)
Stop:       Ctrl-C
`;
}
