using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Feedback.Data;

/// <summary>Where a proposal to review a procedure stands.</summary>
internal enum ReviewProposalState
{
    Open = 1,

    /// <summary>The procedure was amended: closed against the catalogue version that did it.</summary>
    ClosedByVersion,

    /// <summary>Not taken up, with a reason.</summary>
    Declined,
}

/// <summary>
/// A proposal to review a procedure (đề xuất rà soát TTHC), born when a leader approves the answer to a PAKN with sufficient
/// grounds that proposes amending or issuing a regulation about that procedure (NĐ 20/2008 Điều 14–15; ADR-046 §6). The
/// review itself belongs to the Control module, which picks these up.
/// </summary>
internal sealed class ReviewProposal
{
    public const int MaxTextLength = 4000;

    private ReviewProposal()
    {
    }

    public Guid Id { get; private set; }

    public Guid PetitionId { get; private set; }

    public string PetitionCode { get; private set; } = "";

    /// <summary>The agency that answered the PAKN.</summary>
    public Guid AgencyId { get; private set; }

    public string ProcedureCode { get; private set; } = "";

    public string ProcedureName { get; private set; } = "";

    /// <summary>What the answer proposes, as approved.</summary>
    public string Proposal { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public ReviewProposalState State { get; private set; }

    /// <summary>The catalogue version that amended the procedure.</summary>
    public Guid? ClosedByVersionId { get; private set; }

    public string? DeclineReason { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public string? ClosedByName { get; private set; }

    public Guid Revision { get; private set; }

    public static ReviewProposal Create(Guid petitionId, string petitionCode, Guid agencyId, string procedureCode, string procedureName, string proposal, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(), PetitionId = petitionId, PetitionCode = petitionCode, AgencyId = agencyId, ProcedureCode = procedureCode,
        ProcedureName = procedureName, Proposal = proposal.Length <= MaxTextLength ? proposal : proposal[..MaxTextLength], CreatedAt = at,
        State = ReviewProposalState.Open, Revision = Guid.NewGuid(),
    };

    public void CloseByVersion(Guid versionId, DateTime at, string byName)
    {
        ClosedByVersionId = versionId;
        Close(ReviewProposalState.ClosedByVersion, at, byName);
    }

    public void Decline(string reason, DateTime at, string byName)
    {
        DeclineReason = reason;
        Close(ReviewProposalState.Declined, at, byName);
    }

    private void Close(ReviewProposalState state, DateTime at, string byName)
    {
        if (State != ReviewProposalState.Open)
        {
            throw Common.Errors.BusinessRuleException.Of<FeedbackText>("ReviewProposalAlreadyClosed");
        }

        State = state;
        ClosedAt = at;
        ClosedByName = byName;
        Revision = Guid.NewGuid();
    }
}

internal sealed class ReviewProposalConfiguration : IEntityTypeConfiguration<ReviewProposal>
{
    public void Configure(EntityTypeBuilder<ReviewProposal> builder)
    {
        builder.ToTable("ReviewProposals");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.PetitionCode).HasMaxLength(PetitionCode.MaxLength);
        builder.Property(p => p.ProcedureCode).HasMaxLength(20);
        builder.Property(p => p.ProcedureName).HasMaxLength(500);
        builder.Property(p => p.Proposal).HasMaxLength(ReviewProposal.MaxTextLength);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.DeclineReason).HasMaxLength(ReviewProposal.MaxTextLength);
        builder.Property(p => p.ClosedByName).HasMaxLength(256);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasIndex(p => new { p.ProcedureCode, p.State });
        builder.HasIndex(p => new { p.State, p.CreatedAt });
        builder.HasIndex(p => p.PetitionId);
        builder.HasOne<Petition>().WithMany().HasForeignKey(p => p.PetitionId).OnDelete(DeleteBehavior.Restrict);
    }
}
