export { Pagination, type PaginationProps } from './Pagination';
export { pageRange } from './pageRange';
