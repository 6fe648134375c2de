/** Validation messages in Dutch: they end up in the `detail` of problem responses. */
import { z } from 'zod';

z.config(z.locales.nl());
