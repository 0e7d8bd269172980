using System.Linq.Expressions;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Feedback.Data;

/// <summary>What a new PAKN holds, checked by <see cref="PetitionSubmissionRules"/> before it gets here.</summary>
internal sealed record PetitionDraft(
    PetitionCategory Category,
    string Content,
    SenderKind SenderKind,
    string SenderName,
    string? SenderTaxCode,
    string? SenderPhone,
    string? SenderEmail,
    string? SenderAddress,
    Guid? SenderUserId,
    bool ConsentToPublish,
    PetitionChannel Channel)
{
    public string? ProcedureCode { get; init; }

    public Guid? ProcedureVersionId { get; init; }

    public string? ProcedureName { get; init; }

    /// <summary>Số/ký hiệu of the legal document the PAKN is about.</summary>
    public string? LegalDocument { get; init; }

    /// <summary>The article (điều, khoản) of that document.</summary>
    public string? LegalArticle { get; init; }

    public string? DossierCode { get; init; }

    public Guid? DossierId { get; init; }

    /// <summary>Where the problem arose, as the sender wrote it (Open311 <c>address_string</c>).</summary>
    public string? Location { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>The national portal's code, when the PAKN came from there.</summary>
    public string? ExternalCode { get; init; }
}

/// <summary>
/// A PAKN (phản ánh, kiến nghị về quy định hành chính, NĐ 20/2008/NĐ-CP) from its submission to its published answer:
/// who sent it and how to answer, what it is about, which agency holds it and who handles it, the answer, the rating,
/// its history and its deadlines. Status and everything the flow decides change only through the methods in
/// <c>Petition.Flow.cs</c> (ADR-046 §3).
/// </summary>
internal sealed partial class Petition
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 300;
    public const int MaxAnswerLength = 16000;
    public const int MaxSearchTextLength = 2000;

    private readonly List<PetitionEvent> _events = [];
    private readonly List<PetitionDeadline> _deadlines = [];
    private readonly List<PetitionEvent> _newEvents = [];

    private Petition()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>PAKN.YYYYMMDD.NNNN (<see cref="Feedback.PetitionCode"/>).</summary>
    public string Code { get; private set; } = "";

    public DateOnly CodeDate { get; private set; }

    public int CodeSequence { get; private set; }

    /// <summary>The first receipt: the instant the period rules of 766 5.2/5.3 count by.</summary>
    public DateTime ReceivedAt { get; private set; }

    public PetitionChannel Channel { get; private set; }

    public PetitionCategory Category { get; private set; }

    public string Content { get; private set; } = "";

    public SenderKind SenderKind { get; private set; }

    public string SenderName { get; private set; } = "";

    public string? SenderTaxCode { get; private set; }

    public string? SenderPhone { get; private set; }

    public string? SenderEmail { get; private set; }

    public string? SenderAddress { get; private set; }

    /// <summary>The citizen account that sent it, when signed in.</summary>
    public Guid? SenderUserId { get; private set; }

    /// <summary>
    /// Four digits that prove the sender on the tracking page: the last four of the phone, or random when there is no phone
    /// (printed on the receipt).
    /// </summary>
    public string CheckDigits { get; private set; } = "";

    public bool ConsentToPublish { get; private set; }

    public string? ProcedureCode { get; private set; }

    public Guid? ProcedureVersionId { get; private set; }

    public string? ProcedureName { get; private set; }

    public string? LegalDocument { get; private set; }

    public string? LegalArticle { get; private set; }

    public string? DossierCode { get; private set; }

    public Guid? DossierId { get; private set; }

    public string? Location { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public string? ExternalCode { get; private set; }

    /// <summary>The agency that received it first.</summary>
    public Guid ReceivingAgencyId { get; private set; }

    /// <summary>The agency holding it now.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>
    /// The agency that transferred it here (the target of a return), when it came by transfer; after a return, the one that
    /// transferred it to that agency in turn, read from the history.
    /// </summary>
    public Guid? TransferredFromAgencyId { get; private set; }

    public PetitionStatus Status { get; private set; }

    /// <summary>Where a request to clarify came from, to go back there on the reply.</summary>
    public PetitionStatus? StatusBeforeClarification { get; private set; }

    public Guid? UnitId { get; private set; }

    public Guid? AssigneeId { get; private set; }

    public string? AssigneeName { get; private set; }

    /// <summary>The unit asked for an opinion and not yet answered.</summary>
    public Guid? ConsultedUnitId { get; private set; }

    /// <summary>What the sender was asked to clarify (shown to the sender).</summary>
    public string? ClarificationRequest { get; private set; }

    public int ClarificationCount { get; private set; }

    public PetitionGrounds? Grounds { get; private set; }

    public PetitionOutcome? Outcome { get; private set; }

    /// <summary>The answer being drafted (trả lời), until the leader approves it.</summary>
    public string? DraftAnswer { get; private set; }

    /// <summary>
    /// The text of the PAKN to publish with the answer: a neutral summary, or, when the sender consented, their words as the
    /// drafter kept them (stripped of anything personal); the leader approves it with the answer.
    /// </summary>
    public string? DraftSummary { get; private set; }

    public string? Answer { get; private set; }

    public string? PublicSummary { get; private set; }

    public DateTime? AnsweredAt { get; private set; }

    public string? AnsweredByName { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>The answer as last published: what the public sees, until a later approved answer is published in turn.</summary>
    public string? PublishedAnswer { get; private set; }

    /// <summary>The text of the PAKN as last published: always the summary the leader approved (the sender's words when they consented and it was kept).</summary>
    public string? PublishedWording { get; private set; }

    /// <summary>
    /// When the leader took the published answer off the public reads (gỡ công khai), until it is published again. The PAKN
    /// stays answered and <see cref="PublishedAt"/> stays as it was: the 766 figures do not change (ADR-046 §5).
    /// </summary>
    public DateTime? WithdrawnAt { get; private set; }

    /// <summary>The last day the sender may reopen the answer (ReopenWindowDays after the approval).</summary>
    public DateTime? ReopenUntil { get; private set; }

    public RefusalReason? RefusalReason { get; private set; }

    /// <summary>The reason or the body it went to, for the closing statuses; shown to the sender.</summary>
    public string? ClosingNote { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public bool? Satisfied { get; private set; }

    public DateTime? RatedAt { get; private set; }

    public DateTime? ReopenedAt { get; private set; }

    public string? ReopenReason { get; private set; }

    public Guid? MergedIntoId { get; private set; }

    public string? MergedIntoCode { get; private set; }

    /// <summary>The running obligation's due instant (processing or publication); null when none runs.</summary>
    public DateTime? DueAt { get; private set; }

    /// <summary>Some deadline was met late (766 5.2, 5.3); running ones are judged at the instant asked.</summary>
    public bool ClosedLate { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Normalised words for staff search (code, content, procedure, sender's name).</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Normalised words of what is published; empty until published.</summary>
    public string PublicSearchText { get; private set; } = "";

    public Guid Revision { get; private set; }

    public IReadOnlyList<PetitionEvent> Events => _events;

    public IReadOnlyList<PetitionDeadline> Deadlines => _deadlines;

    /// <summary>How many history entries the PAKN has: the sequence of the last one.</summary>
    public int EventCount { get; private set; }

    /// <summary>The events added since the PAKN was created or loaded, in order (not stored).</summary>
    public IReadOnlyList<PetitionEvent> NewEvents => _newEvents;

    /// <summary>
    /// On the public pages, Open311 and the procedure's count: published and not withdrawn. The one definition every public
    /// read filters by (ADR-046 §5).
    /// </summary>
    public static readonly Expression<Func<Petition, bool>> IsPublic = p => p.PublishedAt != null && p.WithdrawnAt == null;

    /// <summary>Four random digits for a sender without a phone.</summary>
    private static string RandomCheckDigits() => RandomNumberGenerator.GetInt32(0, 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The last four ASCII digits of a phone number, or random ones.</summary>
    internal static string CheckDigitsFor(string? phone)
    {
        var digits = phone is null ? "" : new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length >= 4 ? digits[^4..] : RandomCheckDigits();
    }
}

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    /// <summary><see cref="Petition.IsPublic"/> in SQL, the filter of the public answers' indexes.</summary>
    private const string PublicRows = "\"PublishedAt\" IS NOT NULL AND \"WithdrawnAt\" IS NULL";

    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        builder.ToTable("Petitions");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(PetitionCode.MaxLength);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => new { p.CodeDate, p.CodeSequence }).IsUnique();
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Content).HasMaxLength(100_000);
        builder.Property(p => p.SenderKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.SenderName).HasMaxLength(Petition.MaxNameLength);
        builder.Property(p => p.SenderTaxCode).HasMaxLength(20);
        builder.Property(p => p.SenderPhone).HasMaxLength(20);
        builder.Property(p => p.SenderEmail).HasMaxLength(256);
        builder.Property(p => p.SenderAddress).HasMaxLength(Petition.MaxAddressLength);
        builder.Property(p => p.CheckDigits).HasMaxLength(4);
        builder.Property(p => p.ProcedureCode).HasMaxLength(20);
        builder.Property(p => p.ProcedureName).HasMaxLength(500);
        builder.Property(p => p.LegalDocument).HasMaxLength(100);
        builder.Property(p => p.LegalArticle).HasMaxLength(100);
        builder.Property(p => p.DossierCode).HasMaxLength(40);
        builder.Property(p => p.Location).HasMaxLength(Petition.MaxAddressLength);
        builder.Property(p => p.ExternalCode).HasMaxLength(40);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.StatusBeforeClarification).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.AssigneeName).HasMaxLength(256);
        builder.Property(p => p.ClarificationRequest).HasMaxLength(PetitionEvent.MaxCommentLength);
        builder.Property(p => p.Grounds).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.DraftAnswer).HasMaxLength(Petition.MaxAnswerLength);
        builder.Property(p => p.DraftSummary).HasMaxLength(Petition.MaxAnswerLength);
        builder.Property(p => p.Answer).HasMaxLength(Petition.MaxAnswerLength);
        builder.Property(p => p.PublicSummary).HasMaxLength(Petition.MaxAnswerLength);
        builder.Property(p => p.PublishedAnswer).HasMaxLength(Petition.MaxAnswerLength);
        builder.Property(p => p.PublishedWording).HasMaxLength(Petition.MaxAnswerLength);
        builder.Property(p => p.AnsweredByName).HasMaxLength(256);
        builder.Property(p => p.RefusalReason).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.ClosingNote).HasMaxLength(PetitionEvent.MaxCommentLength);
        builder.Property(p => p.ReopenReason).HasMaxLength(PetitionEvent.MaxCommentLength);
        builder.Property(p => p.MergedIntoCode).HasMaxLength(PetitionCode.MaxLength);
        builder.Property(p => p.SearchText).HasMaxLength(Petition.MaxSearchTextLength);
        builder.Property(p => p.PublicSearchText).HasMaxLength(Petition.MaxSearchTextLength);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.Ignore(p => p.NewEvents);

        // The inbox: an agency's PAKN by status, newest first, and the running ones by due instant.
        builder.HasIndex(p => new { p.AgencyId, p.Status, p.ReceivedAt });
        builder.HasIndex(p => new { p.AgencyId, p.DueAt });
        // "PAKN của tôi", Open311's window on receipt, the public search's newest answers (by publication) and per procedure.
        builder.HasIndex(p => new { p.SenderUserId, p.ReceivedAt });
        builder.HasIndex(p => p.ReceivedAt);
        builder.HasIndex(p => new { p.Status, p.PublishedAt });
        builder.HasIndex(p => new { p.PublishedAt, p.Code });
        // The public search by agency and by category, over the public answers alone (ADR-048; the filter is Petition.IsPublic).
        builder.HasIndex(p => new { p.AgencyId, p.PublishedAt, p.Code }).HasFilter(PublicRows);
        builder.HasIndex(p => new { p.Category, p.PublishedAt, p.Code }).HasFilter(PublicRows);
        builder.HasIndex(p => new { p.ProcedureCode, p.Status });

        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Deadlines).WithOne().HasForeignKey(d => d.PetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Deadlines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany<PetitionAttachment>().WithOne().HasForeignKey(a => a.PetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.ReceivingAgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
