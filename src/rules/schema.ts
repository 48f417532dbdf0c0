import { foundWhileReading } from './lib/found-while-reading.ts';

export const schema = foundWhileReading(
  'schema',
  '每个文件的每个字段都有 schema（src/schemas/）规定的名称、类型、格式和长度。',
);
