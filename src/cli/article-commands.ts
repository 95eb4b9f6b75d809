/** `midad article publish-due`: publishes what is due, once — for deployments that run jobs from cron. */
import { withServices } from './database.js';
import type { CommandGroup } from './main.js';

export const articleCommands: CommandGroup = {
  name: 'article',
  summary: 'articles: publish-due',
  commands: [
    {
      name: 'publish-due',
      summary:
        'run the jobs that are due now (scheduled articles whose time has come), once; for cron with MIDAD_JOBS=0',
      run: ({ config, io }) =>
        withServices(config, async (services) => {
          const ran = await services.jobs.runDue();
          io.print(ran === 0 ? 'Nothing was due.' : `Ran ${ran} due job(s).`);
          return 0;
        }),
    },
  ],
};
