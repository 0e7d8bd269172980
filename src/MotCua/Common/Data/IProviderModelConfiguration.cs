using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MotCua.Common.Data;

/// <summary>
/// A module's part of the model that depends on the database provider (an index only PostgreSQL has). Found in this
/// assembly and applied after the <see cref="IEntityTypeConfiguration{TEntity}"/> classes, so the context names no module.
/// </summary>
internal interface IProviderModelConfiguration
{
    void Configure(ModelBuilder builder, DatabaseFacade database);
}
