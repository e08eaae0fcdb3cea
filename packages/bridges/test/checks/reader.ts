/** Where a suite reads its files: the project's inputs (`npm test`) or the recorded corpus (`npm run test:corpus`). */
export type Reader = (name: string) => Buffer;
