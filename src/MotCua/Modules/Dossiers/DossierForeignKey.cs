using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers;

/// <summary>For another module's table whose rows belong to a dossier: the foreign key to the dossiers' table.</summary>
internal static class DossierForeignKey
{
    /// <summary>Refers to a dossier by <paramref name="dossierId"/>; a dossier with such rows cannot be deleted.</summary>
    public static void ReferencesDossier<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> dossierId)
        where T : class =>
        builder.HasOne<Dossier>().WithMany().HasForeignKey(dossierId).OnDelete(DeleteBehavior.Restrict);
}
