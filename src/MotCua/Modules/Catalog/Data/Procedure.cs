using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Errors;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Catalog.Data;

/// <summary>Where a procedure as a whole stands.</summary>
internal enum ProcedureStatus
{
    /// <summary>Never published yet.</summary>
    Draft,

    /// <summary>A version is published: in force, or from its effective date.</summary>
    Published,

    /// <summary>Bãi bỏ by a decision; kept for history and for dossiers received before.</summary>
    Abolished,
}

/// <summary>
/// A thủ tục hành chính identified by its national code (mã TTHC, e.g. <c>2.000635</c>), with its versions:
/// draft → published → (amended: a new version is published, the old one is superseded from the new one's effective
/// date) → abolished. Which version is in force on a date is <see cref="VersionInForce"/>.
/// Lifecycle changes go through the methods here, which enforce the rules of NĐ 63/2010.
/// </summary>
internal sealed class Procedure
{
    /// <summary>Longest accepted mã TTHC; the national format is opaque (legal-rules §11).</summary>
    public const int CodeMaxLength = 20;

    private Procedure()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Mã thủ tục hành chính; unique; fixed once the procedure has been published.</summary>
    public string Code { get; private set; } = "";

    public ProcedureStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Counts the changes made through this class; a concurrency token, so a stale editor cannot overwrite a newer change.</summary>
    public int Revision { get; private set; }

    public List<ProcedureVersion> Versions { get; private set; } = [];

    /// <summary>The version being prepared (first version or an amendment), if any. Needs <see cref="Versions"/> loaded.</summary>
    public ProcedureVersion? Draft => Versions.SingleOrDefault(v => v.Status == VersionStatus.Draft);

    /// <summary>The latest published version (in force, or upcoming until its effective date), if any; amendments start from it. Needs <see cref="Versions"/> loaded.</summary>
    public ProcedureVersion? Current => Versions.Where(v => v.Status == VersionStatus.Published).MaxBy(v => v.Number);

    /// <summary>The version in force on a local date, if any. Needs <see cref="Versions"/> loaded.</summary>
    public ProcedureVersion? InForceOn(DateOnly date) => Versions.SingleOrDefault(v => v.IsInForceOn(date));

    /// <summary>Starts a new procedure with its first draft version.</summary>
    /// <param name="fieldName">The field's name, for the search text.</param>
    public static Procedure Create(string code, ProcedureContent content, string? fieldName, DateTime now)
    {
        var procedure = new Procedure { Id = Guid.CreateVersion7(), Code = CheckedCode(code), Status = ProcedureStatus.Draft, CreatedAt = now };
        var version = new ProcedureVersion(procedure, 1, now);
        version.Apply(content, procedure.Code, fieldName);
        procedure.Versions.Add(version);
        return procedure;
    }

    /// <summary>Replaces the content of the draft version.</summary>
    public void Revise(ProcedureContent content, string? fieldName)
    {
        var draft = Draft ?? throw Broken(nameof(CatalogRules.OnlyDraftsAreEdited), CatalogRules.OnlyDraftsAreEdited);
        draft.Apply(content, Code, fieldName);
        Revision++;
    }

    /// <summary>Corrects the code of a procedure that has never been published.</summary>
    public void ChangeCode(string code, string? fieldName)
    {
        // Dossiers and the national catalogue refer to a published procedure by its code.
        if (Versions.Any(v => v.Status != VersionStatus.Draft))
        {
            throw Broken(nameof(CatalogRules.CodeFixedOncePublished), CatalogRules.CodeFixedOncePublished);
        }

        Code = CheckedCode(code);
        Revision++;
        foreach (var version in Versions)
        {
            version.Reindex(Code, fieldName);
        }
    }

    /// <summary>
    /// Publishes the draft under a Quyết định công bố. Earlier versions stay in force until the decision's effective date;
    /// those it replaces by today are superseded now, the others once a catalogue change is made on or after that date.
    /// </summary>
    public ProcedureVersion Publish(Decision decision, DateTime now)
    {
        EnsureNotAbolished();
        var draft = Draft ?? throw Broken(nameof(CatalogRules.NothingToPublish), CatalogRules.NothingToPublish);
        CheckDecision(decision);
        CheckComplete(draft);
        var current = Current;
        if (current is not null && decision.Date < current.DecisionDate)
        {
            throw Broken(nameof(CatalogRules.DecisionOlderThanCurrent), CatalogRules.DecisionOlderThanCurrent);
        }

        draft.MarkPublished(decision, now);
        foreach (var earlier in Versions.Where(v => v.Status == VersionStatus.Published && v != draft))
        {
            earlier.MarkReplacedOn(decision.EffectiveDate);
        }

        SupersedeEnded(now);
        Status = ProcedureStatus.Published;
        Revision++;
        return draft;
    }

    /// <summary>Starts an amendment: a new draft version copied from the version in force, which stays in force until the draft is published.</summary>
    public ProcedureVersion Amend(DateTime now)
    {
        EnsureNotAbolished();
        SupersedeEnded(now);
        var current = Current ?? throw Broken(nameof(CatalogRules.OnlyPublishedAreAmended), CatalogRules.OnlyPublishedAreAmended);
        if (Draft is not null)
        {
            throw Broken(nameof(CatalogRules.OneDraftAtATime), CatalogRules.OneDraftAtATime);
        }

        var version = new ProcedureVersion(this, Versions.Max(v => v.Number) + 1, now);
        version.Apply(current.ToContent(), Code, current.Field?.Name);
        Versions.Add(version);
        Revision++;
        return version;
    }

    /// <summary>Drops an unpublished amendment; the version in force stays as it is.</summary>
    public ProcedureVersion DiscardAmendment()
    {
        var draft = Draft;
        if (draft is null || Current is null)
        {
            throw Broken(nameof(CatalogRules.OnlyAmendmentsAreDiscarded), CatalogRules.OnlyAmendmentsAreDiscarded);
        }

        Versions.Remove(draft);
        Revision++;
        return draft;
    }

    /// <summary>
    /// Abolishes the procedure under a Quyết định công bố bãi bỏ; its versions are kept. The version in force (or, when
    /// none is yet, the upcoming one) is marked abolished; a published version that never took effect is superseded.
    /// </summary>
    public void Abolish(Decision decision, DateTime now)
    {
        EnsureNotAbolished();
        SupersedeEnded(now);
        var current = InForceOn(VietnamTime.LocalDate(now)) ?? Current
            ?? throw Broken(nameof(CatalogRules.OnlyPublishedAreAbolished), CatalogRules.OnlyPublishedAreAbolished);
        if (Draft is not null)
        {
            throw Broken(nameof(CatalogRules.DiscardDraftBeforeAbolishing), CatalogRules.DiscardDraftBeforeAbolishing);
        }

        CheckDecision(decision);
        if (decision.Date < Current!.DecisionDate)
        {
            throw Broken(nameof(CatalogRules.DecisionOlderThanCurrent), CatalogRules.DecisionOlderThanCurrent);
        }

        foreach (var other in Versions.Where(v => v.Status == VersionStatus.Published && v != current))
        {
            other.MarkSuperseded(now);
        }

        // NĐ 63/2010 Điều 13: the abolishing decision applies from the date it states; until then the version stays in force.
        if (decision.EffectiveDate > VietnamTime.LocalDate(now))
        {
            current.ScheduleAbolition(decision, now);
        }
        else
        {
            current.MarkAbolished(decision, now);
        }

        Status = ProcedureStatus.Abolished;
        Revision++;
    }

    /// <summary>The components required before publication that the version lacks, as rule messages; empty when complete.</summary>
    public static IReadOnlyList<string> MissingComponents(ProcedureVersion version)
    {
        var missing = new List<string>();

        // NĐ 63/2010 Điều 8 khoản 2 (sửa đổi bởi NĐ 92/2017): tên, trình tự, cách thức, hồ sơ, thời hạn, đối tượng, cơ quan, kết quả.
        missing.AddRange(MissingPublicComponents(version).Select(PublicComponentRule));
        Require(version.FieldId != Guid.Empty, CatalogRules.FieldRequired);
        Require(version.Levels.Count > 0, CatalogRules.LevelRequired);
        Require(!string.IsNullOrWhiteSpace(version.Result), CatalogRules.ResultRequired);
        Require(version.Fees.All(f => f.AmountVnd >= 0 && !string.IsNullOrWhiteSpace(f.Name)), CatalogRules.FeeInvalid);

        // NĐ 63/2010 Điều 13 khoản 2 điểm a: the provincial list states the legal basis.
        Require(version.LegalBases.Count > 0 && version.LegalBases.All(b => !string.IsNullOrWhiteSpace(b.Number)), CatalogRules.LegalBasisRequired);

        // NĐ 42/2022 Điều 11: a service offered online must be submittable online.
        Require(version.OnlineLevel == OnlineServiceLevel.None || version.Channels.HasFlag(SubmissionChannels.Online), CatalogRules.OnlineLevelNeedsOnlineChannel);

        // NĐ 224/2026 Điều 14: a service offered only partly online publishes the reason.
        Require(version.OnlineLevel != OnlineServiceLevel.Partial || !string.IsNullOrWhiteSpace(version.PartialOnlineReason), CatalogRules.PartialReasonRequired);
        return missing;

        void Require(bool ok, string message)
        {
            if (!ok)
            {
                missing.Add(message);
            }
        }
    }

    /// <summary>
    /// The bộ phận tạo thành a–g a version lacks (Bộ chỉ số 766's 1.3 checks these only, reporting-control-feedback §E);
    /// empty when all are present. Publication requires them all (<see cref="MissingComponents"/>).
    /// </summary>
    // NĐ 63/2010 Điều 8 khoản 2 điểm a–g (sửa đổi bởi NĐ 92/2017): tên, trình tự, cách thức, thành phần hồ sơ, thời hạn, đối tượng, cơ quan giải quyết.
    public static IReadOnlyList<PublicComponent> MissingPublicComponents(ProcedureVersion version)
    {
        var missing = new List<PublicComponent>();
        Require(!string.IsNullOrWhiteSpace(version.Name), PublicComponent.Name);
        Require(!string.IsNullOrWhiteSpace(version.Sequence), PublicComponent.Sequence);
        Require(version.Channels != SubmissionChannels.None, PublicComponent.Channels);
        Require(version.DossierComponents.Count > 0 && version.DossierComponents.All(c => !string.IsNullOrWhiteSpace(c.Name) && c.Count > 0), PublicComponent.Dossier);
        Require(version.ProcessingTimeUnit == DeadlineUnit.Immediate || version.ProcessingTimeAmount > 0, PublicComponent.ProcessingTime);
        Require(!string.IsNullOrWhiteSpace(version.Subjects), PublicComponent.Subjects);
        Require(version.Agencies.Count > 0, PublicComponent.Agency);
        return missing;

        void Require(bool ok, PublicComponent component)
        {
            if (!ok)
            {
                missing.Add(component);
            }
        }
    }

    private static string PublicComponentRule(PublicComponent component) => component switch
    {
        PublicComponent.Name => CatalogRules.NameRequired,
        PublicComponent.Sequence => CatalogRules.SequenceRequired,
        PublicComponent.Channels => CatalogRules.ChannelRequired,
        PublicComponent.Dossier => CatalogRules.DossierRequired,
        PublicComponent.ProcessingTime => CatalogRules.ProcessingTimeRequired,
        PublicComponent.Subjects => CatalogRules.SubjectsRequired,
        _ => CatalogRules.AgencyRequired,
    };

    private static void CheckComplete(ProcedureVersion draft)
    {
        var missing = MissingComponents(draft);
        if (missing.Count > 0)
        {
            throw Broken(nameof(CatalogRules.IncompleteProcedure), CatalogRules.IncompleteProcedure + " " + string.Join(" ", missing));
        }
    }

    private static void CheckDecision(Decision decision)
    {
        // NĐ 63/2010 Điều 13: publication and abolition are made by a decision, which cannot take effect before it is signed.
        if (string.IsNullOrWhiteSpace(decision.Number) || decision.Number.Trim().Length > 100)
        {
            throw Broken(nameof(CatalogRules.DecisionNumberRequired), CatalogRules.DecisionNumberRequired);
        }

        if (decision.EffectiveDate < decision.Date)
        {
            throw Broken(nameof(CatalogRules.EffectiveBeforeSigned), CatalogRules.EffectiveBeforeSigned);
        }
    }

    // Records as superseded the published versions that can no longer be in force: replaced by today, or before they took effect.
    private void SupersedeEnded(DateTime now)
    {
        var today = VietnamTime.LocalDate(now);
        foreach (var version in Versions.Where(v => v.Status == VersionStatus.Published && v.ReplacedOn is { } end && (end <= today || end <= v.EffectiveDate)))
        {
            version.MarkSuperseded(now);
        }
    }

    private void EnsureNotAbolished()
    {
        if (Status == ProcedureStatus.Abolished)
        {
            throw Broken(nameof(CatalogRules.AbolishedIsFinal), CatalogRules.AbolishedIsFinal);
        }
    }

    private static string CheckedCode(string code)
    {
        var trimmed = code?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > CodeMaxLength || trimmed.Any(char.IsWhiteSpace))
        {
            throw Broken(nameof(CatalogRules.CodeInvalid), CatalogRules.CodeInvalid);
        }

        return trimmed;
    }

    private static BusinessRuleException Broken(string rule, string message) => new(rule, message);
}

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.ToTable("Procedures");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(Procedure.CodeMaxLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.Ignore(p => p.Draft);
        builder.Ignore(p => p.Current);
        builder.HasMany(p => p.Versions).WithOne(v => v.Procedure).HasForeignKey(v => v.ProcedureId).OnDelete(DeleteBehavior.Cascade);
    }
}
