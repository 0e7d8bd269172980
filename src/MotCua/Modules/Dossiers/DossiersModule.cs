using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Hosting;
using MotCua.Common.Jobs;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Codes;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Forms;
using MotCua.Modules.Dossiers.Ledger;
using MotCua.Modules.Dossiers.Lifecycle;
using MotCua.Modules.Dossiers.Processing;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Dossiers.SendReminders;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Dossiers.ViewDossier;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;
using MotCua.Common.Web;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// The one-stop dossier lifecycle (hồ sơ TTHC): intake at the desk with its three outcomes, dossier codes, the
/// append-only hash-chained history, processing, the ledger and the API the other modules read dossiers through.
/// </summary>
internal static class DossiersModule
{
    public static WebApplicationBuilder AddDossiers(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DossiersOptions>().BindConfiguration(DossiersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DossierTimePolicy>().BindConfiguration(DossierTimePolicy.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DossierTimePolicy>, DossierTimePolicyValidation>();
        builder.Services.AddDossierForms();
        builder.Services.AddSingleton<IInterceptor, DossierChainSealer>();
        builder.Services.AddSingleton<IInterceptor, DossierLifecycleGuard>();
        builder.Services.AddScoped<ApplicantNotices>();
        builder.Services.AddScoped<DossierLifecycle>();
        builder.Services.AddDossierLifecycleHandler<ApplicantMessages>();
        builder.Services.AddScoped<DossierCodeAllocator>();
        builder.Services.AddScoped<DeskIntake>();
        builder.Services.AddScoped<OnlineIntake>();
        builder.Services.AddScoped<SupplementOnline>();
        builder.Services.AddScoped<CitizenDossiers>();
        builder.Services.AddScoped<DossierTracking>();
        builder.Services.AddScoped<DossierForms>();
        builder.Services.AddScoped<DossierFacts>();
        builder.Services.AddScoped<DossierHistories>();
        builder.Services.AddScoped<AgencyDossiers>();
        builder.Services.AddScoped<DossierProcessing>();
        builder.Services.AddScoped<DossierWorklists>();
        builder.Services.AddMenu<DossiersMenu>();
        builder.Services.AddScoped<DossierReminders>();
        builder.Services.AddScheduledJob<DossierRemindersJob>();
        builder.Services.AddDossierAttachments();
        builder.Services.AddScoped<LedgerBook>();
        builder.Services.AddSingleton<DossierSearchBackfill>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DossierSearchBackfill>());
        return builder;
    }

    public static WebApplication MapDossiers(this WebApplication app)
    {
        // A dossier's forms are printed by those who may open it (the same check as the dossier page).
        app.MapGet("/dossiers/{id:guid}/forms/{kind}", async (Guid id, string kind, AppDbContext db, IAgencyScope scope, DossierForms forms, CancellationToken cancellationToken) =>
            {
                var file = await DossierAccess.CanViewAsync(db, scope, id, cancellationToken) ? await forms.RenderAsync(id, kind, cancellationToken) : null;
                return file is { } f ? Results.File(f.Pdf, "application/pdf", f.FileName) : Results.NotFound();
            })
            .RequireAuthorization(Policies.Staff)
            .ExcludeFromDescription();
        app.MapDossierAttachments();
        app.MapLedgerExports();
        return app;
    }
}
