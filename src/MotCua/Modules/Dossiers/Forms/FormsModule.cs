namespace MotCua.Modules.Dossiers.Forms;

/// <summary>Registers the standard forms.</summary>
internal static class FormsModule
{
    /// <summary>
    /// Adds <see cref="FormRegimes"/>; the first day of regime B is read from <c>Forms:RegimeBFrom</c>
    /// (yyyy-MM-dd, default 2025-07-01).
    /// </summary>
    public static IServiceCollection AddDossierForms(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration["Forms:RegimeBFrom"];
        var from = configured is null
            ? FormRegimes.DefaultSwitchDate
            : DateOnly.ParseExact(configured, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        services.AddSingleton(new FormRegimes(from));
        return services;
    }
}
