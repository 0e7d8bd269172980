using Microsoft.Extensions.Options;
using MotCua.Modules.Dossiers.Api;
using MotCua.Modules.Dossiers.Codes;
using MotCua.Modules.Dossiers.Forms;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Dossiers.Timing;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// The one-stop dossier lifecycle (hồ sơ TTHC): intake at the desk with its three outcomes, dossier codes, the
/// append-only hash-chained history and the public tracking page.
/// </summary>
internal static class DossiersModule
{
    public static WebApplicationBuilder AddDossiers(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DossiersOptions>().BindConfiguration(DossiersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DossierTimePolicy>().BindConfiguration(DossierTimePolicy.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DossierTimePolicy>, DossierTimePolicyValidation>();
        builder.Services.AddDossierForms(builder.Configuration);
        builder.Services.AddScoped<DossierCodeAllocator>();
        builder.Services.AddScoped<DeskIntake>();
        return builder;
    }

    public static WebApplication MapDossiers(this WebApplication app) => app.MapDossierApi();
}
