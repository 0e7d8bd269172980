using System.Globalization;
using System.Resources;
using MotCua.Common.Documents.Xlsx;
using MotCua.Common.Localization;
using MotCua.Modules.Dossiers.Forms;

namespace MotCua.Modules.Dossiers.Ledger;

/// <summary>
/// The book (or an extract of it) as documents: the PDF of Mẫu 06 / Mẫu 07 and an .xlsx copy with the same columns.
/// Both are Vietnamese documents whatever the interface language: the form's wording comes from <see cref="FormTemplates"/>,
/// the status names from the neutral (Vietnamese) resources.
/// </summary>
internal static class LedgerDocuments
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly ResourceManager DossierTerms = new(typeof(DossiersText));

    private static readonly double[] ColumnWidths = [6, 24, 36, 10, 24, 36, 26, 17, 17, 17, 17, 17, 10, 22];

    /// <summary>Quyển số: one book per agency and year (TT 01/2018/TT-VPCP Điều 10), so the first and only book of the year.</summary>
    public static string BookNumber(int year) => string.Create(CultureInfo.InvariantCulture, $"01/{year}");

    /// <summary>
    /// The regime whose form the print uses: the one in force on the last day the print covers (the end of the selection,
    /// or today while the year runs), as each form follows the regime of its date.
    /// </summary>
    public static FormRegime Regime(FormRegimes regimes, LedgerCriteria criteria, DateOnly today) =>
        regimes.ForDate(criteria.To < today ? criteria.To : today);

    /// <summary>The Ghi chú text of a row.</summary>
    public static string? Note(LedgerRow row) => row.NotedStatus is { } status ? StatusName(status) : null;

    /// <summary>The conditions an extract was taken by, printed under the title; null for the whole book.</summary>
    public static string? Selection(LedgerCriteria criteria)
    {
        if (criteria.IsWholeBook)
        {
            return null;
        }

        var parts = new List<string>();
        if (criteria.From != new DateOnly(criteria.Year, 1, 1) || criteria.To != new DateOnly(criteria.Year, 12, 31))
        {
            parts.Add(ResourceText.ForRecord<LedgerText>("Book_SelectReceived", Day(criteria.From), Day(criteria.To)));
        }

        if (criteria.ProcedureCode is { } procedure)
        {
            parts.Add(ResourceText.ForRecord<LedgerText>("Book_SelectProcedure", procedure));
        }

        if (criteria.Status is { } status)
        {
            parts.Add(ResourceText.ForRecord<LedgerText>("Book_SelectStatus", StatusName(status)));
        }

        if (criteria.Text is { } text)
        {
            parts.Add(ResourceText.ForRecord<LedgerText>("Book_SelectText", text));
        }

        return ResourceText.ForRecord<LedgerText>("Book_Selection", string.Join("; ", parts));
    }

    public static string FileName(LedgerAgency agency, LedgerCriteria criteria, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"so-theo-doi-ho-so-{agency.Code}-{criteria.Year}.{extension}");

    public static byte[] Pdf(LedgerAgency agency, LedgerCriteria criteria, IReadOnlyList<LedgerRow> rows, FormRegime regime, string place, DateOnly today)
    {
        var ledger = new Forms.Ledger(
            new FormHeader(agency.GoverningBody, agency.Name, null, place, today),
            criteria.Year,
            BookNumber(criteria.Year),
            rows.Select(r => new LedgerEntry(
                r.Number, r.Code, r.ProcedureName, r.SetCount, r.ApplicantName, r.AddressPhone, r.LeadAgency ?? "", r.ReceivedAt, r.DueAt,
                r.ForwardedAt, r.ResultReceivedAt, r.ReturnedAt, null, Note(r))).ToList(),
            Selection(criteria));
        return FormPdf.Render(ledger, regime);
    }

    public static byte[] Xlsx(LedgerAgency agency, LedgerCriteria criteria, IReadOnlyList<LedgerRow> rows, FormRegime regime)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var number = FormRegimes.Number(FormKind.Ledger, regime);
        var head = new List<XlsxRow>
        {
            new([agency.GoverningBody.ToUpper(vi)]),
            new([agency.Name.ToUpper(vi)], Bold: true),
            new([ResourceText.ForRecord<LedgerText>("Book_Title", FormTemplates.Title(FormKind.Ledger, regime).ToUpper(vi), number?.ToString("00", CultureInfo.InvariantCulture), FormTemplates.Circular(regime))], Bold: true),
            new([ResourceText.ForRecord<LedgerText>("Book_YearAndNumber", criteria.Year.ToString(CultureInfo.InvariantCulture), BookNumber(criteria.Year))]),
        };
        if (Selection(criteria) is { } selection)
        {
            head.Add(new XlsxRow([selection]));
        }

        head.Add(new XlsxRow([]));
        head.Add(new XlsxRow([.. FormTemplates.LedgerColumns], Bold: true));
        var body = rows.Select(r => new XlsxRow(
        [
            r.Number, r.Code, r.ProcedureName, r.SetCount, r.ApplicantName, r.AddressPhone, r.LeadAgency, r.ReceivedAt, r.DueAt,
            r.ForwardedAt, r.ResultReceivedAt, r.ReturnedAt, null, Note(r),
        ]));
        return XlsxWriter.Write([new XlsxSheet(ResourceText.ForRecord<LedgerText>("Book_SheetName"), head.Concat(body), ColumnWidths)]);
    }

    private static string StatusName(DossierStatus status) => DossierTerms.GetString("Status_" + status, CultureInfo.InvariantCulture) ?? status.ToString();

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
