using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Feedback.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<Petition> Petitions => Set<Petition>();

    public DbSet<PetitionEvent> PetitionEvents => Set<PetitionEvent>();

    public DbSet<PetitionDeadline> PetitionDeadlines => Set<PetitionDeadline>();

    public DbSet<PetitionAttachment> PetitionAttachments => Set<PetitionAttachment>();

    public DbSet<PetitionCodeCounter> PetitionCodeCounters => Set<PetitionCodeCounter>();

    public DbSet<ReviewProposal> ReviewProposals => Set<ReviewProposal>();
}
