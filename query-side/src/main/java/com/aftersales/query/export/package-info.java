/**
 * Exports of read models as CSV and Excel (.xlsx) tables with Chinese or English headers and
 * numbers as numbers. Rows are pulled from their source one at a time and written as they come, so
 * a year of rows stays in bounded memory (the .xlsx writer keeps a small window of rows).
 */
package com.aftersales.query.export;
