// Writes pasien_sheetjs.xlsb with SheetJS (npm "xlsx" 0.18.5, Apache-2.0): sheet "Pasien" with a header
// row and 30 data rows (row 16 left blank), sheet "Catatan" of 5 rows without header (column B empty).
const XLSX = require('xlsx'); // npm install xlsx@0.18.5
const names = ['Siti Wulandari', 'Budi Santoso', 'Dewi Lestari', 'Agus Salim', 'Ni Wayan Sukmawati',
  'Rizky Pratama', 'Nur Aini', 'Yohanes Lumban Tobing', 'Putu Ayu', 'Muhammad Iqbal'];
const kota = ['Bandung', 'Kota Bekasi', 'Surabaya', 'Denpasar', 'Medan'];
const pasien = [['NIK', 'Nama', 'Tanggal Lahir', 'Umur', 'Kota', 'No HP']];
for (let i = 1; i <= 30; i++) {
  const dd = String((i % 28) + 1).padStart(2, '0');
  const nik = '3204' + '11' + String(40 + ((i % 28) + 1)).padStart(2, '0') + '0' + String(1 + (i % 9)) + '9' + (i % 10)
    + String(i).padStart(4, '0');
  const row = [nik, names[i % names.length] + (i > 10 ? ' ' + i : ''), new Date(Date.UTC(1970 + i, i % 12, (i % 28) + 1)),
    20 + i, i % 3 === 0 ? null : kota[i % kota.length], '0812' + String(10000000 + i * 7919).slice(0, 8)];
  if (i === 15) pasien.push([]);
  pasien.push(row);
}
const catatan = [];
for (let i = 0; i < 5; i++) catatan.push([1000 + i, null, i * 1.5]);
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(pasien, { cellDates: true }), 'Pasien');
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(catatan), 'Catatan');
XLSX.writeFile(wb, process.argv[2] || 'pasien_sheetjs.xlsb', { bookType: 'xlsb', bookSST: true, compression: true });
