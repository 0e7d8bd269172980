using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers;

/// <summary>For tables of other modules that refer to a dossier: the foreign key to the Dossiers table, without reaching into its entity.</summary>
internal static class DossierForeignKey
{
    public static ReferenceCollectionBuilder<Dossier, TEntity> HasDossierForeignKey<TEntity>(this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, object?>> key)
        where TEntity : class =>
        builder.HasOne<Dossier>().WithMany().HasForeignKey(key);
}
