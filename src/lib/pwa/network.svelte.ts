/** Whether the device reports a network; the app works the same either way. */
class NetworkState {
	online = $state(true);
	#listening = false;

	listen(): void {
		if (this.#listening) return;
		this.#listening = true;
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));
	}
}

export const network = new NetworkState();
