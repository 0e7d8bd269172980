using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Dossiers.Attachments;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<DossierAttachment> DossierAttachments => Set<DossierAttachment>();
}
