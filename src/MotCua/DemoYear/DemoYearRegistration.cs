using MotCua.Common.Data;

namespace MotCua.DemoYear;

/// <summary>
/// The demo year (ADR-056): a scripted user of the whole product, outside the modules because it plays every one of them
/// as the people at the desk, in the departments and at home would. It runs only as a demo seeder (<c>Demo:Seed</c>).
/// </summary>
internal static class DemoYearRegistration
{
    public static WebApplicationBuilder AddDemoYear(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new DemoYearServices(builder.Services));
        builder.Services.AddScoped<IDemoSeeder, DemoYearSeeder>();
        return builder;
    }
}
