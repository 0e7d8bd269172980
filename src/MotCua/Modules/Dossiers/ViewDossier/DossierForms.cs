using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Hosting;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Forms;
using MotCua.Modules.Dossiers.Ledger;
using MotCua.Modules.Dossiers.Processing;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Dossiers.ViewDossier;

/// <summary>
/// Fills the standard forms from a dossier: Mẫu 01 once it is accepted; Mẫu 02 while a completion request stands at the
/// desk or after a supplement requested during processing; Mẫu 03 when refused at the desk or after appraisal; Mẫu 04
/// once an extension was approved; Mẫu 05 when stopped; Mẫu 06 (Phiếu kiểm soát) from the step log once processing
/// started. The regime (TT 01/2018 or TT 03/2025) follows the date of the form.
/// </summary>
internal sealed class DossierForms(
    AppDbContext db, PublishedProcedures procedures, FormRegimes regimes, CalendarProvider calendars, IOptions<HostingOptions> hosting, IOptions<DossierTimePolicy> timePolicy, IConfiguration configuration, TimeProvider clock)
{
    /// <summary>The URL segment of each form a dossier can print.</summary>
    public static readonly IReadOnlyDictionary<string, FormKind> Kinds = new Dictionary<string, FormKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["receipt"] = FormKind.Receipt,
        ["supplement"] = FormKind.Supplement,
        ["refusal"] = FormKind.Refusal,
        ["apology"] = FormKind.ApologyExtension,
        ["stop"] = FormKind.StopNotice,
        ["control"] = FormKind.ControlSheet,
    };

    /// <summary>The forms this dossier can print now, by URL segment.</summary>
    public static IEnumerable<string> Available(Dossier dossier) => Kinds.Keys.Where(k => Applies(dossier, Kinds[k]));

    /// <summary>The PDF of the form and its download name, or null when the dossier has no such form (yet).</summary>
    public async Task<(byte[] Pdf, string FileName)?> RenderAsync(Guid dossierId, string kindName, CancellationToken cancellationToken) =>
        await BuildAsync(dossierId, kindName, cancellationToken) is { } filled ? (FormPdf.Render(filled.Form, filled.Regime), filled.FileName) : null;

    /// <summary>
    /// The filled form, the regime of its date and the name its PDF is downloaded under, or null when the dossier has no
    /// such form (yet); rendered as PDF or HTML.
    /// </summary>
    public async Task<(IStandardForm Form, FormRegime Regime, string FileName)?> BuildAsync(Guid dossierId, string kindName, CancellationToken cancellationToken)
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

        var last = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == dossierId)
            .OrderByDescending(e => e.Sequence).Select(e => new { e.At, e.ActorName }).FirstAsync(cancellationToken);
        var supplement = dossier.Code is null ? null : dossier.Supplements.LastOrDefault();
        var apology = LatestApology(dossier);
        var issuedAt = kind switch
        {
            FormKind.Receipt or FormKind.ControlSheet => dossier.ReceivedAt!.Value,
            FormKind.Supplement when supplement is not null => supplement.RequestedAt,
            FormKind.Refusal when dossier.Outcome == DossierOutcome.Refused => dossier.FinishedAt!.Value,
            FormKind.ApologyExtension => apology!.IssuedAt,
            FormKind.StopNotice => dossier.ClosedAt!.Value,
            _ => last.At,
        };
        var issuedOn = VietnamTime.UtcToLocal(issuedAt);
        var refusedAfterAppraisal = kind == FormKind.Refusal && dossier.Outcome == DossierOutcome.Refused;

        // Mẫu 04 and the refusal after appraisal are the competent agency's (NĐ 61/2018 Điều 19 khoản 8, 9: the agency settling the dossier); the others are the desk's.
        var issuer = kind == FormKind.ApologyExtension || refusedAfterAppraisal ? await CompetentAgencyAsync(dossier, cancellationToken) : dossier.Agency!;
        var entry = kind is FormKind.Receipt or FormKind.ControlSheet ? await LedgerEntryAsync(dossier, cancellationToken) : null;
        var header = new FormHeader(
            issuer.Parent?.Name ?? issuer.Name,
            issuer.Name,
            kind == FormKind.Receipt ? entry?.Number : null,
            configuration["Installation:PlaceName"] ?? "",
            DateOnly.FromDateTime(issuedOn));
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
                VietnamTime.UtcToLocal(dossier.ReceivedAt!.Value),
                VietnamTime.UtcToLocal(dossier.OriginalDueAt!.Value),
                dossier.DueExplanation,
                ResultDelivery(dossier.ReturnMethod),
                await FeesAsync(dossier.ProcedureVersionId, cancellationToken),
                entry?.Book,
                entry?.Sequence,
                hosting.Value.PublicBaseUrl.TrimEnd('/') + "/tra-cuu?ma=" + Uri.EscapeDataString(dossier.Code!),
                new FormSigner(null, a.ProxyName ?? a.Name),
                new FormSigner(null, dossier.ReceivedByName)),
            FormKind.Supplement when supplement is not null => new SupplementRequest(
                header,
                dossier.Code,
                applicant,
                dossier.ProcedureName,
                VietnamTime.UtcToLocal(dossier.ReceivedAt!.Value),
                SupplementLines.Parse(supplement.Request),
                null,
                new FormSigner(null, supplement.RequestedByName)),
            FormKind.Supplement => new SupplementRequest(
                header,
                dossier.Code,
                applicant,
                dossier.ProcedureName,
                VietnamTime.UtcToLocal(dossier.SubmittedAt),
                SupplementItems(dossier),
                null,
                new FormSigner(null, last.ActorName)),
            FormKind.Refusal when refusedAfterAppraisal => new RefusalNote(
                header, RefusalStage.Appraisal, dossier.Code, applicant, dossier.ProcedureName, dossier.ResultSummary ?? "",
                new FormSigner(null, await RefusedByAsync(dossier.Id, cancellationToken)), dossier.Agency!.Name),
            FormKind.Refusal => new RefusalNote(header, RefusalStage.Reception, dossier.Code, applicant, dossier.ProcedureName, dossier.DeskNote ?? "", new FormSigner(null, last.ActorName)),
            FormKind.ApologyExtension => new ApologyExtension(
                header,
                a.Name,
                dossier.Agency!.Name,
                dossier.Code!,
                applicant,
                dossier.ProcedureName,
                VietnamTime.UtcToLocal(dossier.ReceivedAt!.Value),
                VietnamTime.UtcToLocal(apology!.DueAt),
                apology.Reason,
                VietnamTime.UtcToLocal(apology.NewAppointment),
                [a.Name, dossier.Agency!.Name],
                // NĐ 61/2018 Điều 19 khoản 9: the head of the agency signs the apology; the approving leader in the system may be a unit head.
                new FormSigner(null, null)),
            FormKind.StopNotice => new StopNotice(
                header,
                dossier.Code!,
                applicant,
                dossier.ProcedureName,
                VietnamTime.UtcToLocal(dossier.ReceivedAt!.Value),
                dossier.ClosingRequestedOn!.Value,
                dossier.ClosingReason ?? "",
                [a.Name],
                new FormSigner(null, last.ActorName)),
            _ => await ControlSheetAsync(dossier, header, entry?.Number, cancellationToken),
        };
        var regime = regimes.ForDate(DateOnly.FromDateTime(issuedOn));
        return (form, regime, FormRegimes.FileName(dossier.Code, kind, regime));
    }

    /// <summary>
    /// Where the dossier stands in Sổ theo dõi hồ sơ: the book of its agency and year and its STT there, numbered as the
    /// ledger numbers it (<see cref="LedgerNumbering"/>); the STT is also the receipt's number, unique in the year's book.
    /// </summary>
    private async Task<(string Book, int Sequence, string Number)?> LedgerEntryAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        if (dossier.CodeDate is not { } date || dossier.CodeSequence is not { } sequence)
        {
            return null;
        }

        var numbering = await LedgerNumbering.OfYearAsync(db, dossier.AgencyId, date.Year, cancellationToken);
        var number = numbering.Number(date, sequence);
        return (LedgerDocuments.BookNumber(date.Year), number, number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The leader who signed the refusal (the actor of its "Refuse" event), printed under Mẫu 03 after appraisal.</summary>
    private async Task<string?> RefusedByAsync(Guid dossierId, CancellationToken cancellationToken) =>
        await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == dossierId && e.Action == DossierAction.Refuse)
            .OrderByDescending(e => e.Sequence).Select(e => e.ActorName).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The last apology letter issued (Mẫu 04): an approved extension or an apology with a new appointment, whichever
    /// came later; null when there is none.
    /// </summary>
    private static ApologyLetter? LatestApology(Dossier dossier)
    {
        ApologyLetter?[] letters =
        [
            dossier.Extensions.LastOrDefault(x => x.Decision == ExtensionDecision.Approved) is { } x
                ? new ApologyLetter(x.DecidedAt!.Value, x.Reason, x.PreviousDueAt, x.ProposedDueAt)
                : null,
            dossier.Apologies.LastOrDefault() is { } a ? new ApologyLetter(a.IssuedAt, a.Reason, a.DueAt, a.NewAppointment) : null,
        ];
        return letters.Where(l => l is not null).MaxBy(l => l!.IssuedAt);
    }

    /// <summary>What Mẫu 04 prints, from an approved extension or an apology.</summary>
    private sealed record ApologyLetter(DateTime IssuedAt, string Reason, DateTime DueAt, DateTime NewAppointment);

    /// <summary>The competent agency (<see cref="Dossier.ResolvingAgencyId"/>), with its governing body.</summary>
    private async Task<Agency> CompetentAgencyAsync(Dossier dossier, CancellationToken cancellationToken) =>
        dossier.ResolvingAgencyId != dossier.AgencyId
            ? await OrganizationDirectory.Of(db).Agencies.Include(a => a.Parent).SingleAsync(a => a.Id == dossier.ResolvingAgencyId, cancellationToken)
            : dossier.Agency!;

    private static bool Applies(Dossier dossier, FormKind kind) => kind switch
    {
        FormKind.Receipt => dossier.Code is not null && dossier.ReceivedAt is not null,
        FormKind.Supplement => (dossier.Status == DossierStatus.SupplementRequested && dossier.Code is null) || (dossier.Code is not null && dossier.Supplements.Count > 0),
        FormKind.Refusal => dossier.Status == DossierStatus.NotAccepted || dossier.Outcome == DossierOutcome.Refused,
        FormKind.ApologyExtension => LatestApology(dossier) is not null,
        FormKind.StopNotice => dossier.Status == DossierStatus.Stopped,
        FormKind.ControlSheet => dossier.ProcessId is not null,
        _ => false,
    };

    /// <summary>
    /// Phiếu kiểm soát: one hand-over per task from the step log (giao by the officer who handed it on, nhận by the
    /// holder), then the result handed back to the desk; each step's result is its own time class.
    /// </summary>
    private async Task<ControlSheet> ControlSheetAsync(Dossier dossier, FormHeader header, string? receiptNumber, CancellationToken cancellationToken)
    {
        var tasks = await db.DossierTasks.AsNoTracking().Where(t => t.DossierId == dossier.Id).OrderBy(t => t.Sequence).ToListAsync(cancellationToken);
        var agencyIds = tasks.Select(t => t.AgencyId).Append(dossier.AgencyId).Distinct().ToList();
        var calendarByAgency = new Dictionary<Guid, BusinessCalendar>();
        foreach (var agencyId in agencyIds)
        {
            calendarByAgency[agencyId] = await calendars.GetAsync(agencyId, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var desk = "Bộ phận Một cửa – " + dossier.Agency!.Name;
        var previous = desk;
        var rows = new List<ControlHandover>();
        foreach (var task in tasks)
        {
            var from = task.ParentTaskId is { } parent ? tasks.Single(t => t.Id == parent).HolderName : previous;
            var timing = task.Timing(calendarByAgency[task.AgencyId], now, timePolicy.Value.OnTimeGranularity);
            rows.Add(new ControlHandover(
                from, task.HolderName, VietnamTime.UtcToLocal(task.ReceivedAt), task.GivenByName, task.AssigneeName ?? task.CompletedByName,
                task.IsOpen ? null : Outcome(timing.Class), task.Kind == DossierTaskKind.Consultation ? "Xin ý kiến: " + task.Name : task.Name));
            if (task.ParentTaskId is null)
            {
                previous = task.HolderName;
            }
        }

        if (dossier.FinishedAt is { } finished)
        {
            rows.Add(new ControlHandover(previous, desk, VietnamTime.UtcToLocal(finished), tasks.LastOrDefault(t => t.ParentTaskId is null)?.CompletedByName, dossier.ReturnedByName, null, "Chuyển kết quả về Bộ phận Một cửa"));
        }

        var lead = tasks.FirstOrDefault()?.HolderName.Split(" – ").Last() ?? dossier.Agency.Name;
        var coordinating = string.Join("; ", tasks.Where(t => t.ParentTaskId is not null && t.Kind == DossierTaskKind.Step).Select(t => t.HolderName.Split(" – ").Last()).Distinct());
        return new ControlSheet(header, dossier.Code!, receiptNumber, lead, coordinating.Length == 0 ? null : coordinating, rows);
    }

    private static StepOutcome Outcome(OnTimeClass value) => value switch
    {
        OnTimeClass.Early => StepOutcome.Early,
        OnTimeClass.OnTime => StepOutcome.OnTime,
        _ => StepOutcome.Late,
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


}
