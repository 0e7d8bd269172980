using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers;

/// <summary>For another module's table whose rows belong to a dossier: the foreign key to the dossiers' table, without naming its entity.</summary>
internal static class DossierForeignKey
{
    /// <summary>Refers to a dossier by <paramref name="dossierId"/>; <paramref name="onDelete"/> says what deleting the dossier does to the rows.</summary>
    public static void ReferencesDossier<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> dossierId, DeleteBehavior onDelete)
        where T : class =>
        builder.HasOne<Dossier>().WithMany().HasForeignKey(dossierId).OnDelete(onDelete);
}
