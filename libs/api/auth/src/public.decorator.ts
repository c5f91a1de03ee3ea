import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'mouvement:public';

/** Marks a root query or mutation anonymous people may call; every other root field needs a viewer. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
