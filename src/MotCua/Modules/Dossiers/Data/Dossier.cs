using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>
/// A hồ sơ TTHC from its submission to the return of its result. Status, code, times and history change only through the
/// methods here, which check the rules; each change appends a <see cref="DossierEvent"/> to the dossier's hash chain.
/// </summary>
internal sealed partial class Dossier
{
    /// <summary>The stored length of <see cref="SearchText"/>.</summary>
    public const int MaxSearchTextLength = 1000;

    /// <summary>The stored length of <see cref="DueExplanation"/>.</summary>
    public const int MaxDueExplanationLength = 2000;

    private readonly List<DossierEvent> _newEvents = [];

    private Dossier()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The agency whose one-stop desk received the dossier; the code and the ledger are this agency's.</summary>
    public Guid AgencyId { get; private set; }

    public Agency? Agency { get; private set; }

    /// <summary>The counter form's one-time key (<c>IntakeInput.IntakeKey</c>): a form posted twice records one dossier.</summary>
    public Guid? IntakeKey { get; private set; }

    /// <summary>Mã số hồ sơ, issued on acceptance; null while the dossier has not been accepted.</summary>
    public string? Code { get; private set; }

    /// <summary>The local receipt date of the code (its yyMMdd part).</summary>
    public DateOnly? CodeDate { get; private set; }

    /// <summary>The agency-day sequence number in the code.</summary>
    public int? CodeSequence { get; private set; }

    /// <summary>The procedure version received under (ADR-004): a later amendment never changes this dossier.</summary>
    public Guid ProcedureVersionId { get; private set; }

    public string ProcedureCode { get; private set; } = "";

    public string ProcedureName { get; private set; } = "";

    /// <summary>
    /// The code, the procedure's code and name and the applicant's name in search form (<see cref="Catalog.SearchText"/>),
    /// stored for the dossier list and the ledger to search (M0017, ADR-019). Always computed from those fields, so it
    /// cannot go stale: EF reads it when it saves and stores a changed value; the value read back is not kept.
    /// </summary>
    public string SearchText
    {
        get
        {
            var text = Catalog.SearchText.Combine(Code, ProcedureCode, ProcedureName, Applicant.Name);
            return text.Length <= MaxSearchTextLength ? text : text[..MaxSearchTextLength];
        }

        private set => _ = value;
    }

    public int ProcessingTimeAmount { get; private set; }

    public DeadlineUnit ProcessingTimeUnit { get; private set; }

    public TimeOnly CutOffTime { get; private set; }

    /// <summary>The procedure version's own cut-off channels, pinned with <see cref="CutOffTime"/>; null = the agency-wide setting (ADR-032).</summary>
    public SubmissionChannels? CutOffChannels { get; private set; }

    /// <summary>The procedure version's own cut-off rule, pinned with <see cref="CutOffTime"/>; null = the configured source (ADR-032).</summary>
    public string? CutOffSource { get; private set; }

    public DossierStatus Status { get; private set; }

    public SubmissionChannel Channel { get; private set; }

    public ReturnMethod ReturnMethod { get; private set; }

    public Applicant Applicant { get; private set; } = new();

    /// <summary>The citizen account that submitted the dossier online; it follows the dossier when signed in.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>The organisation an online dossier was submitted for; its members follow it.</summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>The e-form's values as submitted online (JSON object of name → text), read with the version's e-form.</summary>
    public string? EFormValues { get; private set; }

    /// <summary>Where the result is posted when <see cref="ReturnMethod"/> is by post.</summary>
    public string? ReturnAddress { get; private set; }

    /// <summary>Số lượng hồ sơ (bộ).</summary>
    public int SetCount { get; private set; }

    public List<SubmittedComponent> Components { get; private set; } = [];

    /// <summary>Ngày nộp hồ sơ: when the applicant handed it in or sent it.</summary>
    public DateTime SubmittedAt { get; private set; }

    /// <summary>Ngày tiếp nhận: when the one-stop desk accepted it; the legal clock starts from here (legal-rules §4).</summary>
    public DateTime? ReceivedAt { get; private set; }

    /// <summary>Ngày hẹn trả kết quả in force.</summary>
    public DateTime? DueAt { get; private set; }

    /// <summary>The appointment first given on the receipt, kept when the date is later moved (extension).</summary>
    public DateTime? OriginalDueAt { get; private set; }

    /// <summary>How the receipt's appointment was reached, quoting the cut-off rule used (<see cref="Timing.DueDates"/>); printed on Mẫu 01.</summary>
    public string? DueExplanation { get; private set; }

    public Guid? ReceivedByUserId { get; private set; }

    public string? ReceivedByName { get; private set; }

    /// <summary>What the desk asked the applicant to complete (Mẫu 02) or why it refused (Mẫu 03), as last issued.</summary>
    public string? DeskNote { get; private set; }

    /// <summary>How many events the history holds; the next event's sequence number.</summary>
    public int EventCount { get; private set; }

    /// <summary>The seal of the last saved event: removing events from the end of the chain is detected against it.</summary>
    public string LastEventHash { get; private set; } = DossierEvent.GenesisHash;

    /// <summary>Changes with every change; a concurrency token, so two officers cannot both act on the same state.</summary>
    public Guid Revision { get; private set; }

    /// <summary>Events appended since the dossier was loaded; saved with it.</summary>
    public IReadOnlyList<DossierEvent> NewEvents => _newEvents;

    /// <summary>A dossier handed in at the counter or sent in, before the desk has checked it.</summary>
    public static Dossier Submit(
        PublishedProcedure procedure, Guid agencyId, Applicant applicant, SubmissionChannel channel, ReturnMethod returnMethod,
        IEnumerable<SubmittedComponent> components, int setCount, DateTime submittedAt, Actor actor, Guid? intakeKey = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(setCount, 1);
        var dossier = new Dossier
        {
            Id = Guid.CreateVersion7(),
            IntakeKey = intakeKey,
            AgencyId = agencyId,
            ProcedureVersionId = procedure.VersionId,
            ProcedureCode = procedure.Code,
            ProcedureName = procedure.Name,
            ProcessingTimeAmount = procedure.ProcessingTime.Amount,
            ProcessingTimeUnit = procedure.ProcessingTime.Unit,
            CutOffTime = procedure.ProcessingTime.CutOff,
            CutOffChannels = procedure.ProcessingTime.CutOffChannels,
            CutOffSource = procedure.ProcessingTime.CutOffSource,
            Status = DossierStatus.Submitted,
            Channel = channel,
            ReturnMethod = returnMethod,
            Applicant = applicant,
            SetCount = setCount,
            Components = components.ToList(),
            SubmittedAt = submittedAt,
        };
        dossier.Record(submittedAt, actor, DossierAction.Submit, null, null);
        return dossier;
    }

    /// <summary>
    /// A dossier submitted online (NĐ 61/2018 Điều 17 khoản 2): it waits at the one-stop desk of <paramref name="deskAgencyId"/>
    /// like one handed in, with its files, the e-form values and the account that follows it.
    /// </summary>
    public static Dossier SubmitOnline(
        PublishedProcedure procedure, Guid deskAgencyId, Applicant applicant, ReturnMethod returnMethod, string? returnAddress,
        IEnumerable<SubmittedComponent> components, string eFormValues, Guid ownerId, Guid? organisationId, DateTime submittedAt, Actor actor)
    {
        var dossier = Submit(procedure, deskAgencyId, applicant, SubmissionChannel.Online, returnMethod, components, 1, submittedAt, actor);
        dossier.OwnerId = ownerId;
        dossier.OrganisationId = organisationId;
        dossier.EFormValues = eFormValues;
        dossier.ReturnAddress = returnMethod == ReturnMethod.Postal ? returnAddress : null;
        return dossier;
    }

    /// <summary>The applicant sends the completed online dossier again after the desk asked for completion (Mẫu 02).</summary>
    public void ResubmitOnline(IEnumerable<SubmittedComponent> components, string eFormValues, DateTime at, Actor actor)
    {
        if (Channel != SubmissionChannel.Online)
        {
            throw BusinessRuleException.Of<ProcessingText>("OnlyOnlineDossierResubmittedOnline");
        }

        EFormValues = eFormValues;
        Resubmit(Applicant, components, SetCount, at, actor);
    }

    /// <summary>
    /// The desk's check of a dossier submitted online, before its decision: what the officer found handed in replaces the
    /// checklist, keeping which components were taken from the applicant's data store and which are held as stored files.
    /// </summary>
    public void ReviewOnline(Applicant applicant, IEnumerable<SubmittedComponent> components)
    {
        EnsureAwaitingDesk();
        if (Channel != SubmissionChannel.Online)
        {
            throw BusinessRuleException.Of<ProcessingText>("DeskReviewsOnlyOnlineDossiers");
        }

        var reused = Components.Where(c => c.Reused).Select(c => c.Position).ToHashSet();
        var digitised = Components.Where(c => c.Digitised).Select(c => c.Position).ToHashSet();
        Applicant = applicant;
        Components = components.ToList();
        foreach (var component in Components)
        {
            component.Reused |= reused.Contains(component.Position);
            // NĐ 118/2025 Điều 17: a component whose file is stored stays digitised; the desk's form cannot tick it (MarkDigitised).
            component.Digitised |= digitised.Contains(component.Position);
        }
    }

    public ProcessingTime ProcessingTime => new(ProcessingTimeAmount, ProcessingTimeUnit, CutOffTime, null, CutOffChannels, CutOffSource);

    /// <summary>Required components the applicant has not handed in.</summary>
    public IEnumerable<SubmittedComponent> MissingRequired => Components.Where(c => c.IsRequired && !c.Provided);

    /// <summary>
    /// Tiếp nhận: the dossier is complete; it gets its code and appointment (Mẫu 01), with how the appointment was reached.
    /// </summary>
    public void Accept(DossierCode code, int sequence, DateTime receivedAt, DateTime dueAt, Actor actor, string? dueExplanation = null)
    {
        EnsureAwaitingDesk();
        // NĐ 61/2018 Điều 17 khoản 1 điểm c: only a complete dossier is accepted (otherwise Phiếu yêu cầu bổ sung).
        if (MissingRequired.Any())
        {
            throw BusinessRuleException.Of<ProcessingText>("DossierMustBeCompleteToAccept");
        }

        Code = code.ToString();
        CodeDate = code.Date;
        CodeSequence = sequence;
        ReceivedAt = receivedAt;
        DueAt = dueAt;
        OriginalDueAt = dueAt;
        DueExplanation = dueExplanation is { Length: > MaxDueExplanationLength } text ? text[..(MaxDueExplanationLength - 1)] + "…" : dueExplanation;
        ReceivedByUserId = actor.UserId;
        ReceivedByName = actor.Name;
        DeskNote = null;
        Record(receivedAt, actor, DossierAction.Accept, DossierStatus.Received, ResourceText.ForRecord<ProcessingText>("History_Accept", Code));
    }

    /// <summary>Yêu cầu bổ sung, hoàn thiện hồ sơ at the desk (Mẫu 02): the applicant completes it and hands it in again.</summary>
    public void ReturnForCompletion(string request, DateTime at, Actor actor)
    {
        EnsureAwaitingDesk();
        DeskNote = request;
        Record(at, actor, DossierAction.RequestCompletion, DossierStatus.SupplementRequested, request);
    }

    /// <summary>Từ chối tiếp nhận (Mẫu 03): not within the agency's competence or not eligible.</summary>
    public void RefuseAtDesk(string reason, DateTime at, Actor actor)
    {
        EnsureAwaitingDesk();
        DeskNote = reason;
        Record(at, actor, DossierAction.RefuseAtDesk, DossierStatus.NotAccepted, reason);
    }

    /// <summary>The applicant hands the completed dossier in again: the components are checked anew.</summary>
    public void Resubmit(Applicant applicant, IEnumerable<SubmittedComponent> components, int setCount, DateTime at, Actor actor)
    {
        if (Status != DossierStatus.SupplementRequested || Code is not null)
        {
            throw BusinessRuleException.Of<ProcessingText>("OnlyReturnedDossierCanBeResubmitted");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(setCount, 1);
        Applicant = applicant;
        Components = components.ToList();
        SetCount = setCount;
        Record(at, actor, DossierAction.Resubmit, DossierStatus.Submitted, null);
    }

    private void EnsureAwaitingDesk()
    {
        if (Status != DossierStatus.Submitted)
        {
            throw BusinessRuleException.Of<ProcessingText>("DeskDecidesOnlySubmittedDossiers");
        }
    }

    private void Record(DateTime at, Actor actor, DossierAction action, DossierStatus? to, string? comment)
    {
        var from = EventCount == 0 ? (DossierStatus?)null : Status;
        if (to is { } next)
        {
            Status = next;
        }

        EventCount++;
        Revision = Guid.NewGuid();
        // The state is hashed as this event leaves it; the event is linked and sealed when the dossier is saved (ADR-027).
        _newEvents.Add(DossierEvent.Create(Id, EventCount, at, actor, action, from, Status, comment, DossierSnapshot.Hash(this)));
    }

    /// <summary>Links and seals the events recorded since the last save, in order; the save calls it (<c>DossierChainSealer</c>).</summary>
    public void SealNewEvents(AuditKeyRing keys)
    {
        foreach (var e in _newEvents.Where(e => !e.IsSealed))
        {
            e.Seal(LastEventHash, keys);
            LastEventHash = e.Hash;
        }
    }

    /// <summary>
    /// Seals a history written before the keyed chain (ADR-027) by appending a keyed event that links to its last unkeyed
    /// entry and carries the current state.
    /// </summary>
    public void SealLegacyHistory(string keyId, DateTime at) =>
        Record(at, new Actor(null, ResourceText.ForRecord<ProcessingText>("History_System"), null), DossierAction.Reseal, null,
            ResourceText.ForRecord<ProcessingText>("History_Reseal", keyId));

    /// <summary>A fee was asked for or paid (NĐ 61/2018 Điều 22): the history records it; the status does not change.</summary>
    public void RecordPayment(DossierAction action, string comment, DateTime at, Actor actor) => Record(at, actor, action, null, comment);

    /// <summary>A file was attached (tệp đính kèm): the history records it; the status does not change.</summary>
    public void RecordAttachment(string fileName, string purpose, DateTime at, Actor actor) =>
        Record(at, actor, DossierAction.Attach, null, $"{fileName} — {purpose}");

    /// <summary>Số hóa: the component at <paramref name="position"/> is now held as an electronic file.</summary>
    public void MarkDigitised(int position)
    {
        // NĐ 118/2025 Điều 17 khoản 1 điểm c, TT 01/2023/TT-VPCP Điều 8: the desk digitises (sao chụp, số hóa) the components.
        var component = Components.FirstOrDefault(c => c.Position == position && position >= 1)
            ?? throw BusinessRuleException.Of<ProcessingText>("DigitisedComponentMustBeInDossier");
        component.Digitised = true;
    }
}

/// <summary>Why a component is not digitised (TT 03/2025/TT-VPCP Điều 5: các trường hợp không phải sao chụp, số hóa).</summary>
internal enum DigitisationExemption
{
    /// <summary>None: the component is digitised once its file is stored.</summary>
    None = 0,

    /// <summary>Giấy tờ chỉ xuất trình để đối chiếu (Điều 5 điểm b).</summary>
    ShownOnly = 2,

    /// <summary>Kết quả xác minh, trao đổi giữa các cơ quan (Điều 5 điểm c).</summary>
    InterAgencyVerification = 3,

    /// <summary>Tài liệu mật (Điều 5 điểm d).</summary>
    Confidential = 4,
}

/// <summary>One component as handed in, against the catalogue's list (Thành phần hồ sơ).</summary>
internal sealed class SubmittedComponent
{
    /// <summary>The component's position in the procedure version (from 1); 0 for a paper the catalogue does not list.</summary>
    public int Position { get; set; }

    public string Name { get; set; } = "";

    public DocumentForm Form { get; set; }

    public int Count { get; set; } = 1;

    public bool IsRequired { get; set; }

    /// <summary>Handed in (or reused from the applicant's data store).</summary>
    public bool Provided { get; set; }

    /// <summary>What is wrong with it or missing, as written on Mẫu 02.</summary>
    public string? Problem { get; set; }

    /// <summary>
    /// Số hóa: held as a stored electronic file (uploaded online, or scanned and attached by the desk; TT 01/2023; NĐ
    /// 118/2025 Điều 17). Set only with the file (<see cref="Dossier.MarkDigitised"/>), never by a tick.
    /// </summary>
    public bool Digitised { get; set; }

    /// <summary>Why the component needs no electronic copy, when it needs none (TT 03/2025/TT-VPCP Điều 5).</summary>
    public DigitisationExemption Exemption { get; set; }

    /// <summary>Taken from the applicant's data store / a national database instead of paper.</summary>
    public bool Reused { get; set; }
}

internal sealed partial class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    /// <summary>The name of the partial index of the dossiers without search text (<see cref="DossierSearchBackfill"/>).</summary>
    public const string UnsearchableIndex = "IX_Dossiers_Unsearchable";

    /// <summary>
    /// The dossiers without search text; the same text on PostgreSQL and SQLite, and the predicate the backfill's query
    /// implies, so both planners use the partial index.
    /// </summary>
    public const string UnsearchableFilter = "\"SearchText\" = ''";

    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.ToTable("Dossiers");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasMaxLength(DossierCode.MaxLength);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasIndex(d => d.IntakeKey).IsUnique();
        builder.HasIndex(d => new { d.AgencyId, d.CodeDate, d.CodeSequence }).IsUnique();
        // The dossier list and the API list an agency's dossiers newest first (M0015); the ledger, filtered by status or by
        // procedure, reads them in book order (M0016).
        builder.HasIndex(d => new { d.AgencyId, d.SubmittedAt });
        builder.HasIndex(d => new { d.AgencyId, d.Status, d.CodeDate, d.CodeSequence });
        builder.HasIndex(d => new { d.AgencyId, d.ProcedureCode, d.CodeDate, d.CodeSequence });
        // The dossier list sorted by due date (M0017).
        builder.HasIndex(d => new { d.AgencyId, d.DueAt });
        // The competent agency's dossiers in the dossier list, beside those its desk received (M0044).
        builder.HasIndex(d => new { d.CompetentAgencyId, d.SubmittedAt });
        builder.Property(d => d.SearchText).HasMaxLength(Dossier.MaxSearchTextLength).UsePropertyAccessMode(PropertyAccessMode.Property);
        // The rows the start-up backfill has still to fill, in its order (M0059): empty when all are filled, so it reads nothing.
        builder.HasIndex(d => d.Id, UnsearchableIndex).HasFilter(UnsearchableFilter);
        builder.Property(d => d.ProcedureCode).HasMaxLength(20);
        builder.Property(d => d.ProcedureName).HasMaxLength(500);
        builder.Property(d => d.ProcessingTimeUnit).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<int>();
        builder.Property(d => d.Channel).HasConversion<int>();
        builder.Property(d => d.ReturnMethod).HasConversion<int>();
        builder.Property(d => d.ReceivedByName).HasMaxLength(256);
        builder.Property(d => d.DeskNote).HasMaxLength(4000);
        builder.Property(d => d.CutOffSource).HasMaxLength(ProcessingTime.MaxCutOffSourceLength);
        builder.Property(d => d.DueExplanation).HasMaxLength(Dossier.MaxDueExplanationLength);
        builder.Property(d => d.EFormValues).HasMaxLength(100_000);
        builder.Property(d => d.ReturnAddress).HasMaxLength(300);
        // "Hồ sơ của tôi": an account's online dossiers, newest first (M0023).
        builder.HasIndex(d => new { d.OwnerId, d.SubmittedAt });
        builder.HasIndex(d => new { d.OrganisationId, d.SubmittedAt });
        builder.Property(d => d.LastEventHash).HasMaxLength(64);
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.Ignore(d => d.NewEvents);
        builder.Ignore(d => d.ProcessingTime);
        builder.Ignore(d => d.MissingRequired);
        ConfigureProcessing(builder);
        builder.HasOne(d => d.Agency).WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);

        // The applicant and the component checklist belong to the dossier and are always read whole (as ADR-004 does for versions).
        builder.OwnsOne(d => d.Applicant, a =>
        {
            a.ToJson();
            a.Property(x => x.Kind).HasConversion<string>();
        });
        builder.Navigation(d => d.Applicant).IsRequired();
        builder.OwnsMany(d => d.Components, c =>
        {
            c.ToJson();
            c.Property(x => x.Form).HasConversion<string>();
        });
    }
}
