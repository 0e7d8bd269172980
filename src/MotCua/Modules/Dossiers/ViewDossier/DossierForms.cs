using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Forms;

namespace MotCua.Modules.Dossiers.ViewDossier;

/// <summary>
/// Fills the desk's forms from a dossier: Mẫu 01 once it is accepted, Mẫu 02 while the desk's completion request stands,
/// Mẫu 03 once it is refused. The regime (TT 01/2018 or TT 03/2025) follows the date of the desk's decision.
/// </summary>
internal sealed class DossierForms(AppDbContext db, PublishedProcedures procedures, FormRegimes regimes, IOptions<DossiersOptions> options, IConfiguration configuration)
{
    /// <summary>The URL segment of each form a dossier can print.</summary>
    public static readonly IReadOnlyDictionary<string, FormKind> Kinds = new Dictionary<string, FormKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["receipt"] = FormKind.Receipt,
        ["supplement"] = FormKind.Supplement,
        ["refusal"] = FormKind.Refusal,
    };

    /// <summary>The forms this dossier can print now, by URL segment.</summary>
    public static IEnumerable<string> Available(Dossier dossier) => Kinds.Keys.Where(k => Applies(dossier, Kinds[k]));

    /// <summary>The PDF of the form, or null when the dossier has no such form (yet).</summary>
    public async Task<byte[]?> RenderAsync(Guid dossierId, string kindName, CancellationToken cancellationToken)
    {
        if (!Kinds.TryGetValue(kindName, out var kind))
        {
            return null;
        }

        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Agency).ThenInclude(a => a!.Parent).SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier is null || !Applies(dossier, kind))
        {
            return null;
        }

        var decision = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == dossierId)
            .OrderByDescending(e => e.Sequence).Select(e => new { e.At, e.ActorName }).FirstAsync(cancellationToken);
        var decidedOn = Local(decision.At);
        var header = new FormHeader(
            dossier.Agency!.Parent?.Name ?? dossier.Agency.Name,
            dossier.Agency.Name,
            kind == FormKind.Receipt ? dossier.CodeSequence?.ToString("D4", CultureInfo.InvariantCulture) : null,
            configuration["Installation:PlaceName"] ?? "",
            DateOnly.FromDateTime(decidedOn));
        var a = dossier.Applicant;
        var applicant = new FormApplicant(a.Name, a.IdentityNumber ?? a.TaxCode, a.Address, a.Phone, a.Email);
        IStandardForm form = kind switch
        {
            FormKind.Receipt => new ReceiptNote(
                header,
                dossier.Code!,
                applicant,
                dossier.ProcedureName,
                dossier.Components.Where(c => c.Provided).Select(c => new ReceiptComponent(c.Name, Forms(c.Form), c.Count)).ToList(),
                dossier.SetCount,
                StatutoryTime(dossier.ProcessingTime),
                Local(dossier.ReceivedAt!.Value),
                Local(dossier.DueAt!.Value),
                ResultDelivery(dossier.ReturnMethod),
                await FeesAsync(dossier.ProcedureVersionId, cancellationToken),
                null,
                null,
                options.Value.PublicBaseUrl.TrimEnd('/') + "/tra-cuu?ma=" + Uri.EscapeDataString(dossier.Code!),
                new FormSigner(null, a.ProxyName ?? a.Name),
                new FormSigner(null, dossier.ReceivedByName)),
            FormKind.Supplement => new SupplementRequest(
                header,
                dossier.Code,
                applicant,
                dossier.ProcedureName,
                Local(dossier.SubmittedAt),
                SupplementItems(dossier),
                null,
                new FormSigner(null, decision.ActorName)),
            _ => new RefusalNote(header, RefusalStage.Reception, dossier.Code, applicant, dossier.ProcedureName, dossier.DeskNote ?? "", new FormSigner(null, decision.ActorName)),
        };
        return FormPdf.Render(form, regimes.ForDate(DateOnly.FromDateTime(decidedOn)));
    }

    private static bool Applies(Dossier dossier, FormKind kind) => kind switch
    {
        FormKind.Receipt => dossier.Code is not null && dossier.ReceivedAt is not null,
        FormKind.Supplement => dossier.Status == DossierStatus.SupplementRequested && dossier.Code is null,
        FormKind.Refusal => dossier.Status == DossierStatus.NotAccepted,
        _ => false,
    };

    private static List<SupplementItem> SupplementItems(Dossier dossier)
    {
        var items = dossier.Components
            .Where(c => !c.Provided || c.Problem is not null)
            .Select(c => new SupplementItem(c.Name, c.Problem ?? "Chưa nộp"))
            .ToList();
        return items.Count > 0 ? items : [new SupplementItem(dossier.DeskNote ?? "", "")];
    }

    private async Task<string?> FeesAsync(Guid versionId, CancellationToken cancellationToken)
    {
        var version = await procedures.GetVersionAsync(versionId, cancellationToken);
        return version is null || version.Fees.Count == 0
            ? null
            : string.Join("; ", version.Fees.Select(f => f.AmountVnd == 0 ? $"{f.Name}: miễn" : string.Create(CultureInfo.GetCultureInfo("vi"), $"{f.Name}: {f.AmountVnd:N0} đồng")));
    }

    private static string Forms(DocumentForm form) =>
        string.Join(", ", new[]
        {
            (DocumentForm.Original, "Bản chính"), (DocumentForm.Copy, "Bản sao"), (DocumentForm.CertifiedCopy, "Bản sao có chứng thực"),
            (DocumentForm.Photocopy, "Bản chụp"), (DocumentForm.Electronic, "Bản điện tử"),
        }.Where(f => form.HasFlag(f.Item1)).Select(f => f.Item2));

    private static string StatutoryTime(ProcessingTime time) => time.Unit switch
    {
        DeadlineUnit.Immediate => "Trong ngày",
        DeadlineUnit.WorkingHours => $"{time.Amount:D2} giờ làm việc",
        DeadlineUnit.CalendarDays => $"{time.Amount:D2} ngày",
        _ => $"{time.Amount:D2} ngày làm việc",
    };

    private static string ResultDelivery(ReturnMethod method) => method switch
    {
        ReturnMethod.Postal => "Qua dịch vụ bưu chính công ích",
        ReturnMethod.Online => "Trực tuyến",
        _ => "Bộ phận Một cửa",
    };

    private static DateTime Local(DateTime utc) => BusinessCalendar.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
