using MotCua.Common.Hosting;
using MotCua.Common.Jobs;
using MotCua.Common.Web;

namespace MotCua.Modules.Integrity;

/// <summary>
/// Tamper evidence of the whole system (ADR-027, ADR-039): the keyed chains of the dossier histories (read through the
/// dossiers module's <see cref="Dossiers.DossierHistories"/>) and of the admin audit log, the daily anchors kept outside
/// the database, the verification (page <c>/admin/integrity</c>, job <c>audit.verify</c>, command <c>verify-audit</c>),
/// the alert banner, and the one-time seal of histories written before the keyed chain.
/// </summary>
internal static class IntegrityModule
{
    public static WebApplicationBuilder AddIntegrity(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LegacyChainSeal>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LegacyChainSeal>());
        builder.Services.AddScoped<IntegrityCheck>();
        builder.Services.AddScheduledJob<AnchorJob>();
        builder.Services.AddScheduledJob<IntegrityCheckJob>();
        builder.Services.AddAppCommand<VerifyAuditCommand>();
        builder.Services.AddPageBanner<IntegrityBanner>();
        return builder;
    }
}
