/** exceljs's default Office theme (theme1.xml), which every workbook exceljs writes contains. */
declare module "exceljs/lib/xlsx/xml/theme1.js" {
  const xml: string;
  export default xml;
}
