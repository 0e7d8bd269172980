using MotCua.Common.Web;

namespace MotCua.Modules.Metrics.Homes;

/// <summary>The staff homes and the public figures (ADR-055).</summary>
internal static class StaffHomesRegistration
{
    public static IServiceCollection AddStaffHomes(this IServiceCollection services)
    {
        services.AddScoped<FactsFigures>();
        services.AddScoped<StaffHomeReader>();
        services.AddScoped<PublicFigures>();
        services.AddSingleton<HomeFiguresCache>();
        services.AddMenu<HomesMenu>();
        return services;
    }
}
