using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Calendar;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Catalog.Data;

/// <summary>Where a version stands in the procedure's lifecycle.</summary>
internal enum VersionStatus
{
    /// <summary>Being prepared; the only editable state.</summary>
    Draft,

    /// <summary>Published: in force from its effective date until a later version's (<see cref="VersionInForce"/>).</summary>
    Published,

    /// <summary>Replaced by a later published version (amendment).</summary>
    Superseded,

    /// <summary>Was in force when the procedure was abolished.</summary>
    Abolished,
}

/// <summary>
/// One version of a procedure: all components of NĐ 63/2010 Điều 8 khoản 2 as published by one decision.
/// Content changes only through <see cref="Procedure"/> and only while the version is a draft; a dossier pins
/// the <see cref="Id"/> of the version it was received under.
/// </summary>
internal sealed class ProcedureVersion
{
    private ProcedureVersion()
    {
    }

    internal ProcedureVersion(Procedure procedure, int number, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        Procedure = procedure;
        ProcedureId = procedure.Id;
        Number = number;
        CreatedAt = createdAt;
        Status = VersionStatus.Draft;
    }

    public Guid Id { get; private set; }

    public Guid ProcedureId { get; private set; }

    public Procedure? Procedure { get; private set; }

    /// <summary>1 for the first version, +1 per amendment.</summary>
    public int Number { get; private set; }

    public VersionStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string Name { get; private set; } = "";

    public Guid FieldId { get; private set; }

    public ProcedureField? Field { get; private set; }

    public string Sequence { get; private set; } = "";

    public SubmissionChannels Channels { get; private set; }

    public int ProcessingTimeAmount { get; private set; }

    public DeadlineUnit ProcessingTimeUnit { get; private set; }

    public TimeOnly CutOffTime { get; private set; } = ProcessingTime.DefaultCutOff;

    public string? ProcessingTimeDescription { get; private set; }

    /// <summary>The channels the cut-off applies to for this procedure; null = the agency-wide setting (ADR-032).</summary>
    public SubmissionChannels? CutOffChannels { get; private set; }

    /// <summary>The rule quoted for this procedure's cut-off (e.g. its specialised law); null = the configured source (ADR-032).</summary>
    public string? CutOffSource { get; private set; }

    public ProcessingTime ProcessingTime => new(ProcessingTimeAmount, ProcessingTimeUnit, CutOffTime, ProcessingTimeDescription, CutOffChannels, CutOffSource);

    public string Subjects { get; private set; } = "";

    public string Result { get; private set; } = "";

    public string? Requirements { get; private set; }

    public string? Location { get; private set; }

    public OnlineServiceLevel OnlineLevel { get; private set; }

    public string? PartialOnlineReason { get; private set; }

    /// <summary>The e-form applicants fill in online (compact JSON of <see cref="EFormDefinition"/>); null for none.</summary>
    public string? EForm { get; private set; }

    public List<DossierComponent> DossierComponents { get; private set; } = [];

    public List<ProcedureFee> Fees { get; private set; } = [];

    public List<LegalBasis> LegalBases { get; private set; } = [];

    /// <summary>
    /// Ngày có hiệu lực of the legal act (văn bản quy phạm pháp luật) this version's publication implements: Bộ chỉ số 766's 1.1
    /// measures the Quyết định công bố against it (ADR-062); null when not entered.
    /// </summary>
    public DateOnly? LegalBasisEffectiveDate { get; private set; }

    public List<ProcedureVersionLevel> Levels { get; private set; } = [];

    public List<ProcedureVersionAgency> Agencies { get; private set; } = [];

    /// <summary>Số Quyết định công bố.</summary>
    public string? DecisionNumber { get; private set; }

    public DateOnly? DecisionDate { get; private set; }

    public DateOnly? EffectiveDate { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>When the version was recorded as superseded: at once when its successor takes effect on publication, else at the first catalogue change on or after that date.</summary>
    public DateTime? SupersededAt { get; private set; }

    /// <summary>The effective date of the later version that replaces this one: the first day it is no longer in force.</summary>
    public DateOnly? ReplacedOn { get; private set; }

    /// <summary>Số Quyết định bãi bỏ.</summary>
    public string? AbolitionDecisionNumber { get; private set; }

    public DateOnly? AbolitionDecisionDate { get; private set; }

    public DateOnly? AbolitionEffectiveDate { get; private set; }

    public DateTime? AbolishedAt { get; private set; }

    /// <summary>The name, normalised by <see cref="SearchText"/>: matches here rank first.</summary>
    public string SearchName { get; private set; } = "";

    /// <summary>Name, code, subjects, result and field, normalised by <see cref="SearchText"/>.</summary>
    public string SearchText { get; private set; } = "";

    public Decision? PublicationDecision =>
        DecisionNumber is null ? null : new Decision(DecisionNumber, DecisionDate!.Value, EffectiveDate!.Value);

    public Decision? AbolitionDecision =>
        AbolitionDecisionNumber is null ? null : new Decision(AbolitionDecisionNumber, AbolitionDecisionDate!.Value, AbolitionEffectiveDate!.Value);

    /// <summary>The version's content as an editable copy (for a form, or to start an amendment).</summary>
    public ProcedureContent ToContent() => new()
    {
        Name = Name,
        FieldId = FieldId,
        Sequence = Sequence,
        Channels = Channels,
        ProcessingTimeAmount = ProcessingTimeAmount,
        ProcessingTimeUnit = ProcessingTimeUnit,
        CutOffTime = CutOffTime,
        ProcessingTimeDescription = ProcessingTimeDescription,
        CutOffChannels = CutOffChannels,
        CutOffSource = CutOffSource,
        Subjects = Subjects,
        Result = Result,
        Requirements = Requirements,
        Location = Location,
        OnlineLevel = OnlineLevel,
        PartialOnlineReason = PartialOnlineReason,
        EForm = EForm is null ? null : EFormDefinition.Read(EForm).ToJson(),
        DossierComponents = DossierComponents.Select(c => c.Clone()).ToList(),
        Fees = Fees.Select(f => f.Clone()).ToList(),
        LegalBases = LegalBases.Select(b => b.Clone()).ToList(),
        LegalBasisEffectiveDate = LegalBasisEffectiveDate,
        LevelIds = Levels.Select(l => l.LevelId).ToList(),
        Agencies = Agencies.Select(a => (a.AgencyId, a.Role)).ToList(),
    };

    internal void Apply(ProcedureContent content, string code, string? fieldName)
    {
        Name = content.Name.Trim();
        FieldId = content.FieldId;
        Sequence = content.Sequence.Trim();
        Channels = content.Channels;
        ProcessingTimeAmount = content.ProcessingTimeAmount;
        ProcessingTimeUnit = content.ProcessingTimeUnit;
        CutOffTime = content.CutOffTime;
        ProcessingTimeDescription = Blank(content.ProcessingTimeDescription);
        CutOffChannels = content.CutOffChannels;
        CutOffSource = Blank(content.CutOffSource);
        Subjects = content.Subjects.Trim();
        Result = content.Result.Trim();
        Requirements = Blank(content.Requirements);
        Location = Blank(content.Location);
        OnlineLevel = content.OnlineLevel;
        PartialOnlineReason = content.OnlineLevel == OnlineServiceLevel.Partial ? Blank(content.PartialOnlineReason) : null;
        EForm = EFormDefinition.Read(content.EForm) is { HasFields: true } form ? form.ToJson(indented: false) : null;
        DossierComponents = content.DossierComponents.Select(c => c.Clone()).ToList();
        Fees = content.Fees.Select(f => f.Clone()).ToList();
        LegalBases = content.LegalBases.Select(b => b.Clone()).ToList();
        LegalBasisEffectiveDate = content.LegalBasisEffectiveDate;
        SyncLevels(content.LevelIds);
        SyncAgencies(content.Agencies);
        Reindex(code, fieldName);
    }

    internal void Reindex(string code, string? fieldName)
    {
        SearchName = Catalog.SearchText.Normalize(Name);
        var text = Catalog.SearchText.Combine(Name, code, fieldName, Subjects, Result);
        SearchText = text.Length <= ProcedureVersionConfiguration.SearchTextMaxLength ? text : text[..ProcedureVersionConfiguration.SearchTextMaxLength];
    }

    internal void MarkPublished(Decision decision, DateTime now)
    {
        Status = VersionStatus.Published;
        DecisionNumber = decision.Number.Trim();
        DecisionDate = decision.Date;
        EffectiveDate = decision.EffectiveDate;
        PublishedAt = now;
    }

    /// <summary>A later version takes effect on <paramref name="date"/>; this one ends then at the latest.</summary>
    internal void MarkReplacedOn(DateOnly date)
    {
        if (ReplacedOn is null || date < ReplacedOn)
        {
            ReplacedOn = date;
        }
    }

    internal void MarkSuperseded(DateTime now)
    {
        Status = VersionStatus.Superseded;
        SupersededAt = now;
    }

    internal void MarkAbolished(Decision decision, DateTime now)
    {
        Status = VersionStatus.Abolished;
        RecordAbolition(decision, now);
    }

    /// <summary>Abolished by a decision that takes effect later: the version stays published and in force until that date (<see cref="ReplacedOn"/>).</summary>
    internal void ScheduleAbolition(Decision decision, DateTime now)
    {
        RecordAbolition(decision, now);
        MarkReplacedOn(decision.EffectiveDate);
    }

    private void RecordAbolition(Decision decision, DateTime now)
    {
        AbolitionDecisionNumber = decision.Number.Trim();
        AbolitionDecisionDate = decision.Date;
        AbolitionEffectiveDate = decision.EffectiveDate;
        AbolishedAt = now;
    }

    // The link rows are keyed by (version, level/agency): they are updated in place so that a tracked version never holds two rows with one key.
    private void SyncLevels(IEnumerable<Guid> levelIds)
    {
        var wanted = levelIds.ToHashSet();
        Levels.RemoveAll(l => !wanted.Contains(l.LevelId));
        Levels.AddRange(wanted.Where(id => Levels.All(l => l.LevelId != id)).Select(id => new ProcedureVersionLevel(Id, id)));
    }

    private void SyncAgencies(IEnumerable<(Guid AgencyId, AgencyRole Role)> agencies)
    {
        var wanted = agencies.DistinctBy(a => a.AgencyId).ToDictionary(a => a.AgencyId, a => a.Role);
        Agencies.RemoveAll(a => !wanted.ContainsKey(a.AgencyId));
        foreach (var agency in Agencies)
        {
            agency.Role = wanted[agency.AgencyId];
        }

        Agencies.AddRange(wanted.Where(w => Agencies.All(a => a.AgencyId != w.Key)).Select(w => new ProcedureVersionAgency(Id, w.Key, w.Value)));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Cấp thực hiện of a version.</summary>
internal sealed class ProcedureVersionLevel(Guid versionId, Guid levelId)
{
    public Guid VersionId { get; private set; } = versionId;

    public Guid LevelId { get; private set; } = levelId;

    public AdministrativeLevel? Level { get; private set; }
}

/// <summary>An agency that performs, decides or coordinates a version of a procedure.</summary>
internal sealed class ProcedureVersionAgency(Guid versionId, Guid agencyId, AgencyRole role)
{
    public Guid VersionId { get; private set; } = versionId;

    public Guid AgencyId { get; private set; } = agencyId;

    public AgencyRole Role { get; internal set; } = role;

    public Agency? Agency { get; private set; }
}

internal sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    /// <summary>Bounds the stored search text; the public search keeps it in memory for every published version (ADR-008).</summary>
    public const int SearchTextMaxLength = 2000;

    public void Configure(EntityTypeBuilder<ProcedureVersion> builder)
    {
        builder.ToTable("ProcedureVersions");

        // Ids are assigned by the entity; a new version reached through a tracked procedure must be inserted, not updated.
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Name).HasMaxLength(500);
        builder.Property(v => v.ProcessingTimeUnit).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.ProcessingTimeDescription).HasMaxLength(1000);
        builder.Property(v => v.CutOffSource).HasMaxLength(ProcessingTime.MaxCutOffSourceLength);
        builder.Property(v => v.Location).HasMaxLength(1000);
        builder.Property(v => v.OnlineLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.PartialOnlineReason).HasMaxLength(1000);
        builder.Property(v => v.EForm).HasMaxLength(EFormDefinition.MaxJsonLength);
        builder.Property(v => v.DecisionNumber).HasMaxLength(100);
        builder.Property(v => v.AbolitionDecisionNumber).HasMaxLength(100);
        builder.Property(v => v.SearchName).HasMaxLength(500);
        builder.Ignore(v => v.ProcessingTime);
        builder.Ignore(v => v.PublicationDecision);
        builder.Ignore(v => v.AbolitionDecision);

        builder.HasIndex(v => new { v.ProcedureId, v.Number }).IsUnique();
        builder.Property(v => v.SearchText).HasMaxLength(SearchTextMaxLength);

        // The public search runs in memory (ADR-008); the database lists versions by status in name order for the admin pages.
        builder.HasIndex(v => new { v.Status, v.SearchName });
        builder.HasIndex(v => v.FieldId);
        builder.HasOne(v => v.Field).WithMany().HasForeignKey(v => v.FieldId).OnDelete(DeleteBehavior.Restrict);

        // The child lists belong to one immutable version and are always read whole: one JSON document each (ADR-004).
        builder.OwnsMany(v => v.DossierComponents, c =>
        {
            c.ToJson();
            c.Property(x => x.Form).HasConversion<string>();
        });
        builder.OwnsMany(v => v.Fees, c => c.ToJson());
        builder.OwnsMany(v => v.LegalBases, c => c.ToJson());

        builder.HasMany(v => v.Levels).WithOne().HasForeignKey(l => l.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Agencies).WithOne().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcedureVersionLevelConfiguration : IEntityTypeConfiguration<ProcedureVersionLevel>
{
    public void Configure(EntityTypeBuilder<ProcedureVersionLevel> builder)
    {
        builder.ToTable("ProcedureVersionLevels");
        builder.HasKey(l => new { l.VersionId, l.LevelId });
        builder.HasIndex(l => l.LevelId);
        builder.HasOne(l => l.Level).WithMany().HasForeignKey(l => l.LevelId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProcedureVersionAgencyConfiguration : IEntityTypeConfiguration<ProcedureVersionAgency>
{
    public void Configure(EntityTypeBuilder<ProcedureVersionAgency> builder)
    {
        builder.ToTable("ProcedureVersionAgencies");
        builder.HasKey(a => new { a.VersionId, a.AgencyId });
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.AgencyId);
        builder.HasOne(a => a.Agency).WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
