using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Feedback.Data;

/// <summary>One entry of a PAKN's append-only history: who did what, when, from where, at which agency, the status before and after.</summary>
internal sealed class PetitionEvent
{
    public const int MaxCommentLength = 8000;

    private PetitionEvent()
    {
    }

    public Guid Id { get; private set; }

    public Guid PetitionId { get; private set; }

    /// <summary>1 for the submission, then +1.</summary>
    public int Sequence { get; private set; }

    public DateTime At { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; } = "";

    public string? Ip { get; private set; }

    public PetitionAction Action { get; private set; }

    public PetitionStatus? FromStatus { get; private set; }

    public PetitionStatus ToStatus { get; private set; }

    /// <summary>The agency holding the PAKN after the event.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>Staff only: never shown to the sender or published (reasons shown to the sender are in the PAKN's own fields).</summary>
    public string? Comment { get; private set; }

    /// <summary>A correction of the published text: the wording it replaced, when the wording changed (staff only).</summary>
    public string? PreviousWording { get; private set; }

    /// <summary>A correction of the published text: the answer it replaced, when the answer changed (staff only).</summary>
    public string? PreviousAnswer { get; private set; }

    public static PetitionEvent Create(
        Guid petitionId, int sequence, DateTime at, Flow.PetitionActor actor, PetitionAction action, PetitionStatus? from, PetitionStatus to, Guid agencyId, string? comment,
        PublishedText? replaced = null) => new()
        {
            Id = Guid.CreateVersion7(),
            PetitionId = petitionId,
            Sequence = sequence,
            At = at,
            ActorId = actor.UserId,
            ActorName = actor.Name.Length <= 256 ? actor.Name : actor.Name[..256],
            Ip = actor.Ip,
            Action = action,
            FromStatus = from,
            ToStatus = to,
            AgencyId = agencyId,
            Comment = comment,
            PreviousWording = replaced?.Wording,
            PreviousAnswer = replaced?.Answer,
        };
}

/// <summary>The parts of the published text a correction replaced (null: unchanged).</summary>
internal sealed record PublishedText(string? Wording, string? Answer);

internal sealed class PetitionEventConfiguration : IEntityTypeConfiguration<PetitionEvent>
{
    public void Configure(EntityTypeBuilder<PetitionEvent> builder)
    {
        builder.ToTable("PetitionEvents");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Ip).HasMaxLength(64);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Comment).HasMaxLength(PetitionEvent.MaxCommentLength);
        builder.Property(e => e.PreviousWording).HasMaxLength(Petition.MaxAnswerLength);
        builder.Property(e => e.PreviousAnswer).HasMaxLength(Petition.MaxAnswerLength);
        builder.HasIndex(e => new { e.PetitionId, e.Sequence }).IsUnique();
    }
}
