import type { Dialogs } from '../../electron/main/dialogs';
import { createUserApi, type UserApi } from '../../electron/main/userApi';
import { createServices, type ServiceOptions } from '../../electron/services/createServices';
import { answeringDialogs } from './dialogs';

/** The renderer's API over real services on `options.dataDir`, as main composes it, with test-answered dialogs. */
export async function openUserApi(options: ServiceOptions & { dialogs?: Dialogs }): Promise<UserApi> {
  const { dialogs = answeringDialogs(), ...serviceOptions } = options;
  return createUserApi(await createServices(serviceOptions), dialogs);
}
