using Microsoft.Extensions.Options;

namespace MotCua.Modules.Dossiers.Forms;

/// <summary>Registers the standard forms.</summary>
internal static class FormsModule
{
    /// <summary>
    /// Adds <see cref="FormRegimes"/>; the first day of regime B is <c>Dossiers:Forms:RegimeBFrom</c> (yyyy-MM-dd, default
    /// <see cref="FormRegimes.DefaultSwitchDate"/>).
    /// </summary>
    public static IServiceCollection AddDossierForms(this IServiceCollection services)
    {
        services.AddSingleton(provider => new FormRegimes(provider.GetRequiredService<IOptions<DossiersOptions>>().Value.Forms.RegimeBFrom));
        return services;
    }
}
