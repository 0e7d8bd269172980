using Microsoft.Extensions.Options;

namespace MotCua.Common.Hosting;

/// <summary>
/// Which environments may take development shortcuts, and the settings a Production host refuses to start with (ADR-025).
/// </summary>
internal static class ProductionRules
{
    /// <summary>The environment of the test hosts (tests/MotCua.Testing).</summary>
    public const string TestingEnvironment = "Testing";

    /// <summary>
    /// Development and Testing: simulators exist, plain HTTP is served and the sign-in cookie follows the request's scheme.
    /// Every other environment (Staging, Production) is treated as reachable by real users.
    /// </summary>
    public static bool IsLocal(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment);

    /// <summary>
    /// A Production host refuses to start while <paramref name="isUnsafe"/> holds. <paramref name="message"/> names the
    /// setting; every refused setting of every module is reported together at start-up.
    /// </summary>
    public static OptionsBuilder<TOptions> RefuseInProduction<TOptions>(this OptionsBuilder<TOptions> builder, Func<TOptions, bool> isUnsafe, string message)
        where TOptions : class =>
        builder.Validate<IHostEnvironment>((options, environment) => !environment.IsProduction() || !isUnsafe(options), message);
}
