/** A page of a list, as the repositories read it and as every answer that lists things tells it. */
export interface PageRequest {
  page: number;
  size: number;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  page: number;
  size: number;
}

/** What an answer says of the page it holds (the docs' pagination fields). */
export interface PageInfo {
  totalCount: number;
  count: number;
  page: number;
  totalPage: number;
}

export const totalPages = (totalCount: number, size: number) => Math.ceil(totalCount / size);

export const pageInfo = (page: Page<unknown>): PageInfo => ({
  totalCount: page.totalCount,
  count: page.items.length,
  page: page.page,
  totalPage: totalPages(page.totalCount, page.size),
});
