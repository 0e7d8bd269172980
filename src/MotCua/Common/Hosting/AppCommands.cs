using Microsoft.Extensions.Options;

namespace MotCua.Common.Hosting;

/// <summary>A maintenance command run from the command line instead of the web server, e.g. <c>verify-audit</c>.</summary>
internal interface IAppCommand
{
    /// <summary>The first argument, which selects the command.</summary>
    string Name { get; }

    /// <summary>Runs with the arguments that follow the name, writing its report to <paramref name="output"/>; returns the exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken);
}

/// <summary>Dispatches <c>dotnet MotCua.dll NAME [options]</c> to the module command of that name, without starting the host.</summary>
internal static class AppCommands
{
    /// <summary>The exit code of a command refused before it ran: unknown options, settings or database not ready.</summary>
    public const int Refused = 2;

    public static IServiceCollection AddAppCommand<T>(this IServiceCollection services)
        where T : class, IAppCommand => services.AddSingleton<IAppCommand, T>();

    /// <summary>The exit code of the command the first argument names; null when it names none and the web server should run.</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args is not [var name, ..] || app.Services.GetServices<IAppCommand>().FirstOrDefault(c => c.Name == name) is not { } command)
        {
            return null;
        }

        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await command.RunAsync(scope.ServiceProvider, args[1..], Console.Out, CancellationToken.None);
        }
        catch (OptionsValidationException exception)
        {
            // The same settings the web server refuses to start with (e.g. no audit key in Production).
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, exception.Failures));
            return Refused;
        }
    }
}
