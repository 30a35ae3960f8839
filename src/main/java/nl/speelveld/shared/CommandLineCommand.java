package nl.speelveld.shared;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;

/**
 * A command of {@code java -jar speelveld.jar COMMAND ...}: it runs once the application has started, talks
 * Dutch on the console and ends the process with 0 when done, {@link #FAILED} when nothing was done, and
 * {@link #USAGE} when the arguments are wrong.
 */
public abstract class CommandLineCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	protected final MessageSource messages;

	protected final Locale locale = Locale.forLanguageTag("nl");

	protected PrintStream out = System.out;

	protected PrintStream err = System.err;

	private int exitCode = USAGE;

	protected CommandLineCommand(MessageSource messages) {
		this.messages = messages;
	}

	/** Where the command writes; tests read what it says. */
	public void printTo(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		this.exitCode = execute(List.of(arguments.getSourceArgs()));
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/** Runs the command with all arguments, the command's own name first; returns the exit code. */
	protected abstract int execute(List<String> args);

	protected String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

}
