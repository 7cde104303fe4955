import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MIN_PAGE_SIZE, pageSizeWithin } from '@samen/core/contract';
import type { TalentfinderDefaults } from '@samen/ui';
import type { ISamenServiceProps } from '../shared/service-props';

/** The web part's properties, as the property pane edits them and the page stores them. */
export interface ITalentfinderWebPartProps extends ISamenServiceProps {
  availableOnly: boolean;
  department: string;
  location: string;
  pageSize: number;
}

// The property pane's slider offers what the service accepts (core's contract).
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MIN_PAGE_SIZE };

/** The starting filters from the property pane; blank text fields mean "no filter". */
export function talentDefaults(properties: Partial<ITalentfinderWebPartProps>): TalentfinderDefaults {
  const department = properties.department?.trim();
  const location = properties.location?.trim();
  return {
    availableOnly: properties.availableOnly === true,
    department: department ? department : undefined,
    location: location ? location : undefined,
    pageSize: pageSizeWithin(properties.pageSize === undefined ? undefined : Number(properties.pageSize)),
  };
}
