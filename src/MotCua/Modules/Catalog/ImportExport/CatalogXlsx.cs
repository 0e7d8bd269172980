using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using MotCua.Common.Documents.Xlsx;
using MotCua.Common.Validation;
using MotCua.Modules.Catalog.ManageProcedures;

namespace MotCua.Modules.Catalog.ImportExport;

/// <summary>
/// The catalogue as an .xlsx workbook: sheets Procedures, Agencies, DossierComponents, Fees, LegalBases (child rows
/// carry <c>procedureCode</c>) and Format. Headers are the JSON member names; lists inside a cell are separated by <c>;</c>;
/// dates are <c>yyyy-MM-dd</c> text (an Excel date number is accepted on import).
/// </summary>
internal static class CatalogXlsx
{
    public const string ProceduresSheet = "Procedures";
    public const string AgenciesSheet = "Agencies";
    public const string ComponentsSheet = "DossierComponents";
    public const string FeesSheet = "Fees";
    public const string LegalBasesSheet = "LegalBases";
    public const string FormatSheet = "Format";

    public static readonly string[] ProcedureColumns =
    [
        "code", "name", "fieldCode", "levelCodes", "sequence", "channels", "processingTimeAmount", "processingTimeUnit", "cutOffTime",
        "processingTimeDescription", "subjects", "result", "requirements", "location", "onlineLevel", "partialOnlineReason", "eForm",
    ];

    /// <summary>
    /// The procedure's own cut-off rule (ADR-032), optional so that earlier workbooks still import: <c>cutOffChannels</c>
    /// blank = the agency-wide setting, <c>None</c> = no channel, else channel names; <c>cutOffSource</c> blank = the configured source.
    /// </summary>
    public static readonly string[] CutOffColumns = ["cutOffChannels", "cutOffSource"];

    /// <summary>The effective date of the legal act the publication implements (ADR-062), optional so that earlier workbooks still import.</summary>
    public static readonly string[] LegalEffectiveColumns = ["legalBasisEffectiveOn"];

    /// <summary>Written for information, optional and ignored on import.</summary>
    public static readonly string[] InformationColumns = ["status", "versionNumber", "decisionNumber", "decisionSignedOn", "decisionEffectiveOn"];

    public static readonly string[] AgencyColumns = ["procedureCode", "agencyCode", "role"];

    public static readonly string[] ComponentColumns =
        ["procedureCode", "name", "forms", "count", "isRequired", "formTemplateName", "formTemplateUrl", "reusableFromWallet", "note"];

    public static readonly string[] FeeColumns = ["procedureCode", "name", "amountVnd", "note"];

    public static readonly string[] LegalBasisColumns = ["procedureCode", "number", "title", "issuedOn"];

    private const string ListSeparator = ";";

    /// <summary>The <c>cutOffChannels</c> cell of a procedure whose cut-off applies to no channel.</summary>
    private const string NoChannel = "None";

    public static byte[] Write(CatalogFile file)
    {
        var entries = file.Procedures;
        return XlsxWriter.Write(
        [
            Sheet(ProceduresSheet, [.. ProcedureColumns, .. CutOffColumns, .. LegalEffectiveColumns, .. InformationColumns], entries.Select(e =>
            {
                var p = e.Procedure;
                return new object?[]
                {
                    p.Code, p.Name, p.FieldCode, Join(p.LevelCodes), p.Sequence, Join(p.Channels), p.ProcessingTimeAmount, p.ProcessingTimeUnit, p.CutOffTime,
                    p.ProcessingTimeDescription, p.Subjects, p.Result, p.Requirements, p.Location, p.OnlineLevel, p.PartialOnlineReason, p.EForm,
                    p.CutOffChannels switch { null => null, [] => NoChannel, var own => Join(own) }, p.CutOffSource, Date(p.LegalBasisEffectiveDate),
                    e.Status, e.VersionNumber, e.Decision?.Number, Date(e.Decision?.SignedOn), Date(e.Decision?.EffectiveOn),
                };
            })),
            Sheet(AgenciesSheet, AgencyColumns, entries.SelectMany(e => e.Procedure.Agencies.Select(a => new object?[] { e.Procedure.Code, a.AgencyCode, a.Role }))),
            Sheet(ComponentsSheet, ComponentColumns, entries.SelectMany(e => e.Procedure.DossierComponents.Select(c => new object?[]
            {
                e.Procedure.Code, c.Name, Join(c.Forms), c.Count, c.IsRequired, c.FormTemplateName, c.FormTemplateUrl, c.ReusableFromWallet, c.Note,
            }))),
            Sheet(FeesSheet, FeeColumns, entries.SelectMany(e => e.Procedure.Fees.Select(f => new object?[] { e.Procedure.Code, f.Name, f.AmountVnd, f.Note }))),
            Sheet(LegalBasesSheet, LegalBasisColumns, entries.SelectMany(e => e.Procedure.LegalBases.Select(b => new object?[] { e.Procedure.Code, b.Number, b.Title, Date(b.IssuedOn) }))),
            Sheet(FormatSheet, ["key", "value"],
            [
                ["format", file.Format],
                ["formatVersion", file.FormatVersion],
                ["exportedAt", file.ExportedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)],
            ]),
        ]);
    }

    /// <summary>A sheet of the catalogue file: the header row of member names, then one row per record.</summary>
    private static XlsxSheet Sheet(string name, string[] header, IEnumerable<object?[]> rows) =>
        new(name, rows.Select(r => new XlsxRow(r)).Prepend(new XlsxRow(header)));

    /// <summary>Reads a workbook; problems are collected per cell and the file is null when the workbook itself is unusable.</summary>
    public static (CatalogFile? File, List<ImportProblem> Problems) Read(Stream stream, IStringLocalizer text)
    {
        var problems = new List<ImportProblem>();
        Dictionary<string, List<Dictionary<string, Cell>>> sheets;
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            sheets = ReadSheets(document);
        }
        catch (System.Xml.XmlException)
        {
            // The XML reader refuses characters XML cannot hold (NUL among them) before any cell text exists.
            problems.Add(new ImportProblem("", null, null, null, text["Import_XlsxBadCharacter"]));
            return (null, problems);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException
                                      or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            problems.Add(new ImportProblem("", null, null, null, text["Import_NotXlsx"]));
            return (null, problems);
        }

        var required = new (string Sheet, string[] Columns)[]
        {
            (ProceduresSheet, ProcedureColumns), (AgenciesSheet, AgencyColumns), (ComponentsSheet, ComponentColumns), (FeesSheet, FeeColumns),
            (LegalBasesSheet, LegalBasisColumns),
        };
        var headersOk = true;
        foreach (var (sheet, columns) in required)
        {
            if (!sheets.TryGetValue(sheet, out var rows))
            {
                problems.Add(new ImportProblem(sheet, null, null, null, text["Import_SheetMissing", sheet]));
                headersOk = false;
                continue;
            }

            var header = rows.Count > 0 ? rows[0] : [];
            var present = header.Values.Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
            var allowed = sheet == ProceduresSheet ? [.. columns, .. CutOffColumns, .. LegalEffectiveColumns, .. InformationColumns] : columns;
            foreach (var missing in columns.Where(c => !present.Contains(c)))
            {
                problems.Add(new ImportProblem(sheet, 1, missing, null, text["Import_ColumnMissing", missing]));
                headersOk = false;
            }

            foreach (var unknown in header.Values.Where(c => c.Text.Length > 0 && !allowed.Contains(c.Text)))
            {
                problems.Add(new ImportProblem(sheet, 1, unknown.Text, null, text["Import_ColumnUnknown", unknown.Text, string.Join(", ", allowed)]));
                headersOk = false;
            }
        }

        if (!headersOk)
        {
            return (null, problems);
        }

        var file = new CatalogFile();
        var byCode = new Dictionary<string, ProcedureInput>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Records(sheets[ProceduresSheet]))
        {
            var reader = new RowReader(ProceduresSheet, row, problems, text);
            var input = new ProcedureInput
            {
                SourceRow = row.Number,
                Code = reader.Text("code"),
                Name = reader.Text("name"),
                FieldCode = reader.Text("fieldCode"),
                LevelCodes = reader.List("levelCodes"),
                Sequence = reader.Text("sequence"),
                Channels = reader.List("channels"),
                ProcessingTimeAmount = reader.Integer("processingTimeAmount", 0),
                ProcessingTimeUnit = reader.Text("processingTimeUnit"),
                CutOffTime = reader.Text("cutOffTime"),
                ProcessingTimeDescription = reader.Optional("processingTimeDescription"),
                Subjects = reader.Text("subjects"),
                Result = reader.Text("result"),
                Requirements = reader.Optional("requirements"),
                Location = reader.Optional("location"),
                OnlineLevel = reader.Text("onlineLevel"),
                PartialOnlineReason = reader.Optional("partialOnlineReason"),
                EForm = reader.Optional("eForm"),
                CutOffChannels = reader.Optional("cutOffChannels") switch
                {
                    null => null,
                    var none when string.Equals(none, NoChannel, StringComparison.OrdinalIgnoreCase) => [],
                    _ => reader.List("cutOffChannels"),
                },
                CutOffSource = reader.Optional("cutOffSource"),
                LegalBasisEffectiveDate = reader.Date("legalBasisEffectiveOn"),
            };
            file.Procedures.Add(new CatalogEntry { Procedure = input });
            if (input.Code.Length > 0 && !byCode.TryAdd(input.Code, input))
            {
                problems.Add(new ImportProblem(ProceduresSheet, row.Number, "code", input.Code, text["Import_DuplicateCode", input.Code, byCode[input.Code].SourceRow]));
            }
        }

        ReadChildren(sheets[AgenciesSheet], AgenciesSheet, byCode, problems, text, (r, p) =>
            p.Agencies.Add(new AgencyInput { SourceRow = r.Row, AgencyCode = r.Text("agencyCode"), Role = r.Text("role") }));
        ReadChildren(sheets[ComponentsSheet], ComponentsSheet, byCode, problems, text, (r, p) => p.DossierComponents.Add(new DossierComponentInput
        {
            SourceRow = r.Row,
            Name = r.Text("name"),
            Forms = r.List("forms"),
            Count = r.Integer("count", 1),
            IsRequired = r.Boolean("isRequired", true),
            FormTemplateName = r.Optional("formTemplateName"),
            FormTemplateUrl = r.Optional("formTemplateUrl"),
            ReusableFromWallet = r.Boolean("reusableFromWallet", false),
            Note = r.Optional("note"),
        }));
        ReadChildren(sheets[FeesSheet], FeesSheet, byCode, problems, text, (r, p) =>
            p.Fees.Add(new FeeInput { SourceRow = r.Row, Name = r.Text("name"), AmountVnd = r.Long("amountVnd"), Note = r.Optional("note") }));
        ReadChildren(sheets[LegalBasesSheet], LegalBasesSheet, byCode, problems, text, (r, p) =>
            p.LegalBases.Add(new LegalBasisInput { SourceRow = r.Row, Number = r.Text("number"), Title = r.Optional("title"), IssuedOn = r.Date("issuedOn") }));
        return (file, problems);
    }

    private static void ReadChildren(
        List<Dictionary<string, Cell>> rows, string sheet, Dictionary<string, ProcedureInput> byCode, List<ImportProblem> problems, IStringLocalizer text,
        Action<RowReader, ProcedureInput> add)
    {
        foreach (var row in Records(rows))
        {
            var reader = new RowReader(sheet, row, problems, text);
            var code = reader.Text("procedureCode");
            if (!byCode.TryGetValue(code, out var procedure))
            {
                problems.Add(new ImportProblem(sheet, row.Number, "procedureCode", code, text["Import_UnknownProcedure", code, ProceduresSheet]));
                continue;
            }

            add(reader, procedure);
        }
    }

    /// <summary>The data rows under the header, keyed by header text, blank rows skipped.</summary>
    private static IEnumerable<(int Number, Dictionary<string, Cell> Cells)> Records(List<Dictionary<string, Cell>> rows)
    {
        if (rows.Count == 0)
        {
            yield break;
        }

        var header = rows[0];
        foreach (var row in rows.Skip(1))
        {
            var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
            foreach (var (column, cell) in row)
            {
                if (header.TryGetValue(column, out var name) && name.Text.Length > 0)
                {
                    cells[name.Text] = cell;
                }
            }

            if (cells.Values.Any(c => c.Text.Length > 0))
            {
                yield return (row.Values.First().Row, cells);
            }
        }
    }

    /// <summary>Every sheet as rows of cells keyed by column letters; rows keep their sheet row number.</summary>
    private static Dictionary<string, List<Dictionary<string, Cell>>> ReadSheets(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new Dictionary<string, List<Dictionary<string, Cell>>>(StringComparer.Ordinal);
        foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Name?.Value is not { } name || sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var rows = new List<Dictionary<string, Cell>>();
            var rowNumber = 0;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
                var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
                var columnNumber = 0;
                foreach (var cell in row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? new string(reference.TakeWhile(char.IsLetter).ToArray()) : XlsxWriter.ColumnName(columnNumber);
                    columnNumber = ColumnNumber(column) + 1;
                    cells[column] = new Cell(rowNumber, CellText(cell, shared), cell.DataType is null || cell.DataType.Value == CellValues.Number);
                }

                // Keep header rows even if empty so that row positions stay right; data rows are filtered later.
                if (cells.Count > 0)
                {
                    rows.Add(cells);
                }
                else if (rows.Count == 0)
                {
                    rows.Add([]);
                }
            }

            result[name] = rows;
        }

        return result;
    }

    private static string CellText(DocumentFormat.OpenXml.Spreadsheet.Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType is null)
        {
            return raw.Trim();
        }

        var type = cell.DataType.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "true" : "false";
        }

        return raw;
    }

    private static string? Join(List<string> values) => values.Count == 0 ? null : string.Join(ListSeparator, values);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int ColumnNumber(string name) => name.Aggregate(0, (n, c) => (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1)) - 1;

    /// <summary>A cell's text; <see cref="IsNumber"/> when Excel stored a number (e.g. a date typed into the cell).</summary>
    private sealed record Cell(int Row, string Text, bool IsNumber);

    /// <summary>Reads typed values from one row, recording a problem for every cell that does not parse.</summary>
    private sealed class RowReader(string sheet, (int Number, Dictionary<string, Cell> Cells) row, List<ImportProblem> problems, IStringLocalizer text)
    {
        public int Row => row.Number;

        private string? Code => row.Cells.TryGetValue("procedureCode", out var c) || row.Cells.TryGetValue("code", out c) ? c.Text.Trim() : null;

        public string Text(string column) => row.Cells.TryGetValue(column, out var cell) ? cell.Text.Trim() : "";

        public string? Optional(string column) => Text(column) is { Length: > 0 } value ? value : null;

        public List<string> List(string column) =>
            Text(column).Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

        public int Integer(string column, int empty)
        {
            var value = Text(column);
            if (value.Length == 0)
            {
                return empty;
            }

            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            Problem(column, text["Import_NotInteger", value]);
            return empty;
        }

        public long Long(string column)
        {
            var value = Text(column);
            if (value.Length == 0)
            {
                return 0;
            }

            if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            Problem(column, text["Import_NotInteger", value]);
            return 0;
        }

        public bool Boolean(string column, bool empty)
        {
            var value = Text(column).ToLowerInvariant();
            switch (value)
            {
                case "":
                    return empty;
                case "true" or "1" or "có" or "x":
                    return true;
                case "false" or "0" or "không":
                    return false;
                default:
                    Problem(column, text["Import_NotBoolean", value]);
                    return empty;
            }
        }

        public DateOnly? Date(string column)
        {
            if (!row.Cells.TryGetValue(column, out var cell) || cell.Text.Trim().Length == 0)
            {
                return null;
            }

            var value = cell.Text.Trim();
            if (TypedValues.TryIsoDate(value, out var date))
            {
                return date;
            }

            if (cell.IsNumber && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
            {
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            }

            Problem(column, text["Import_NotDate", value]);
            return null;
        }

        private void Problem(string column, string message) => problems.Add(new ImportProblem(sheet, row.Number, column, Code, message));
    }
}
