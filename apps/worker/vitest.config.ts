import { nestTestConfig } from '@tributary/vitest-config/nest';

export default nestTestConfig();
